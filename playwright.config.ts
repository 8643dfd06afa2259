import { defineConfig, devices } from "@playwright/test";
import { e2eServerEnv } from "./tests/e2e/server-env";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  // Spec files run side by side on the one server, each in its own organization (tests/e2e/provision.ts);
  // the tests of one file run in order.
  fullyParallel: false,
  workers: process.env.CI ? 2 : 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    // The zone and language browsers report on a user's first sign-in (components/browser-display-prefs.tsx):
    // fixed, so every spec renders alike on any machine; the time-zone specs set their own.
    timezoneId: "UTC",
    locale: "en-US",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
    },
  },
  // Each spec is signed in as its own organization's owner by the `test` of tests/e2e/support.ts (one
  // file per spec and port, so parallel runs on one machine keep their own); a spec opts out with an
  // empty storage state.
  // The two-instance spec starts two more servers of its own: it runs alone, after the rest, so its
  // start-up load never slows the other specs' timed live-update checks.
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /live-two-instances\.spec\.ts/ },
    {
      name: "two-instances",
      use: { ...devices["Desktop Chrome"] },
      testMatch: /live-two-instances\.spec\.ts/,
      dependencies: ["chromium"],
    },
  ],
  webServer: {
    // A production build on a fresh embedded database (or E2E_DATABASE_URL), one organization per spec
    // file made before the server opens the database.
    // Idle keep-alive sockets live longer than the 5 s default: a test's request context reusing one just as
    // the server closed it failed with ECONNRESET (customer-merge, after a toast's few seconds).
    command: `npm run build && tsx --conditions=react-server tests/e2e/provision.ts && npm start -- --port ${port} --keepAliveTimeout 65000`,
    url: `${baseURL}/login`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    env: {
      PORT: String(port),
      PGLITE_DIR: process.env.E2E_PGLITE_DIR ?? ".data/e2e-pglite",
      ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL, SEED_ON_START: "true" } : {}),
      ...e2eServerEnv,
      BETTER_AUTH_URL: baseURL,
    },
  },
});
