import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { secret: _secret, ...rest } = row` is how we drop fields; underscore means "unused on purpose".
      "@typescript-eslint/no-unused-vars": [
        "warn",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Every spec runs in its own organization through the `test` of tests/e2e/support.ts.
    files: ["tests/e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              importNames: ["test", "expect"],
              message: "Import test and expect from ./support: it signs each spec in to its own organization.",
            },
          ],
        },
      ],
    },
  },
  {
    ignores: [
      ".next*/**",
      "lib/generated/**",
      "coverage/**",
      "playwright-report/**",
      "test-results/**",
      ".data/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
