// Every detail and edit page answers an unknown or malformed id with HTTP 404 and its not-found
// screen (not a 200 carrying it). The routes are read from the app directory, so a new [id] page is
// covered without editing this file. Another organization's ids take the same path: the page loaders
// are tested with them in tests/integration/pages/record-loaders.test.ts (e2e signs in to one organization).
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support";

const appDir = path.join(import.meta.dirname, "..", "..", "app");

/** URL patterns of the pages with a dynamic segment: "/customers/[id]/edit", "/invite/[id]". */
function dynamicPageRoutes(): string[] {
  return (
    readdirSync(appDir, { recursive: true, encoding: "utf8" })
      .filter((file) => !file.startsWith(`api${path.sep}`))
      .filter((file) => path.basename(file) === "page.tsx")
      .map((file) => path.dirname(file).split(path.sep))
      .filter(
        (segments) =>
          segments.some((segment) => segment.startsWith("[")) && !segments.some((segment) => segment.startsWith("_")),
      )
      // Route groups and parallel-route slots are not part of the URL.
      .map((segments) => `/${segments.filter((segment) => !/^\(.*\)$|^@/.test(segment)).join("/")}`)
      .sort()
  );
}

const routes = dynamicPageRoutes();

test("finds the detail and edit pages", () => {
  expect(routes).toEqual(
    expect.arrayContaining([
      "/customers/[id]",
      "/customers/[id]/edit",
      "/work-orders/[id]",
      "/aircraft/[id]/edit",
      "/invite/[id]",
    ]),
  );
});

const ids = { unknown: randomUUID(), malformed: "not-a-uuid" };

for (const route of routes) {
  for (const [kind, id] of Object.entries(ids)) {
    test(`${route} answers an ${kind} id with 404 and the not-found screen`, async ({ page }) => {
      const response = await page.goto(route.replace(/\[[^\]]+\]/g, id));
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: /not found/i })).toBeVisible();
    });
  }
}
