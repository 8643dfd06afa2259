// Shared e2e helpers: unique test data, and waiting until React has hydrated what a test will use.
import { expect, type Locator } from "@playwright/test";

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
}

/**
 * Waits until React owns the element: a click or keystroke that lands before hydration is lost
 * (or, on a form, submitted natively), so every test waits for this after a full page load.
 */
export async function expectHydrated(locator: Locator): Promise<void> {
  await expect
    .poll(() => locator.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__reactProps$"))))
    .toBe(true);
}
