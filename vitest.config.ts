import { availableParallelism } from "node:os";
import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server bundles; tests import the data layer directly.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/integration/**/*.test.{ts,tsx}"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup-db.ts", "tests/support/setup-dom.ts"],
    environment: "node",
    pool: "forks",
    // A test file spends much of its time waiting on its database: one worker per core, where Vitest's
    // default leaves a core to itself (one worker on a 2-core machine). 40 integration files on PostgreSQL
    // on 2 cores: 186 s with one worker, 146 s with two, 140 s with three.
    maxWorkers: availableParallelism(),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ["default"],
    coverage: {
      provider: "v8",
      include: ["lib/**/*.ts", "app/api/**/*.ts"],
      exclude: ["lib/generated/**", "**/*.d.ts"],
      reporter: ["text-summary", "text", "html"],
      thresholds: { lines: 80 },
    },
  },
});
