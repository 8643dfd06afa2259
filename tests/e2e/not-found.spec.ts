// Every detail and edit page answers an unknown or malformed id with HTTP 404 and its not-found
// screen (not a 200 carrying it). The routes are read from the app directory, so a new [id] page is
// covered without editing this file. Another organization's ids take the same path: the page loaders
// are tested with them in tests/integration/pages/record-loaders.test.ts (e2e signs in to one organization).
import { randomUUID } from "node:crypto";
import { dynamicPageRoutes } from "./app-routes";
import { expect, test } from "./support";

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
