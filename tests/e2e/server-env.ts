// What every e2e server runs with: the suite's one server (playwright.config.ts) and the two instances of
// ./live-two-instances.spec.ts, which must sign the same session cookies and read the same encrypted fields.
export const e2eServerEnv = {
  // The server's request log would interleave every API call with the test list.
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
  // One key for the provisioning script and the server (a production start refuses to run without it).
  PII_KEYS: "e2e:ZTJlLXBpaS1rZXktZTJlLXBpaS1rZXktZTJlLXBpaSE=",
};
