import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "lib/generated/**", "coverage/**", "playwright-report/**", "test-results/**", ".data/**", "next-env.d.ts"] },
];

export default config;
