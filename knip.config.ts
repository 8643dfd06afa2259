// knip: unused files, exports and dependencies. The Next.js, Vitest, Playwright, Prisma, ESLint and
// PostCSS plugins add their own entry files (app routes, proxy.ts, instrumentation*.ts, configs, tests).
import type { KnipConfig } from "knip";

const config: KnipConfig = {
  entry: [
    // Run by hand or from package.json scripts (tsx, node).
    "scripts/*.{ts,mjs}",
    // vitest.config.ts aliases `server-only` to it.
    "tests/support/empty.ts",
  ],
  project: ["**/*.{ts,tsx,mjs,css,prisma}"],
  ignoreDependencies: [
    // Prisma 6's offline schema engine, run by path (node_modules/prisma-wasm/build/index.js) in scripts/prisma-diff.mjs.
    "prisma-wasm",
  ],
};

export default config;
