import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  globalSetup: "./tests/e2e/global-setup.ts",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
    },
  },
  // Signed in as the demo admin by global-setup (one state file per port, so parallel runs on one
  // machine keep their own cookies); login.spec.ts opts out with an empty state.
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], storageState: `tests/e2e/.auth/admin-${port}.json` } },
  ],
  webServer: {
    // A production build on a fresh embedded database (or E2E_DATABASE_URL), seeded on start.
    command: `npm run build && npm start -- --port ${port}`,
    url: `${baseURL}/login`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    env: {
      PORT: String(port),
      PGLITE_DIR: process.env.E2E_PGLITE_DIR ?? ".data/e2e-pglite",
      ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL, SEED_ON_START: "true" } : {}),
      BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
      BETTER_AUTH_URL: baseURL,
      SEED_API_KEY: "chub_e2eTestKey0000000000000000000000000",
    },
  },
});
