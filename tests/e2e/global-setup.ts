// Signs the demo admin in through the auth API once and saves the cookies for every spec.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { request, type FullConfig } from "@playwright/test";
import { demoAdmin } from "@/lib/auth/demo-credentials";

export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error("playwright.config.ts must set use.baseURL");
  const adminState = path.join(import.meta.dirname, ".auth", `admin-${new URL(baseURL).port}.json`);
  const context = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  try {
    const response = await context.post("/api/auth/sign-in/email", {
      data: { email: demoAdmin.email, password: demoAdmin.password },
    });
    if (!response.ok()) {
      throw new Error(`Sign-in for e2e failed: ${response.status()} ${await response.text()}`);
    }
    await mkdir(path.dirname(adminState), { recursive: true });
    await context.storageState({ path: adminState });
  } finally {
    await context.dispose();
  }
}
