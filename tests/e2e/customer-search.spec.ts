// The customer list's search finds an aircraft's current owner by its registration and shows the aircraft
// under the owner's name (a former owner is not found), and a typo still finds the customer — on a laptop
// and on a phone, axe clean. As the owner.
import type { APIRequestContext } from "@playwright/test";
import { expectNoA11yViolations, expectNoHorizontalScroll, viewports } from "./a11y";
import type { E2eOrg } from "./org-file";
import { authorization, expect, expectHydrated, postCustomer, test, uniqueSuffix } from "./support";

/** An aircraft with a current owner and a former one; its registration and the owners' names. */
async function makeOwnedAircraft(request: APIRequestContext, org: E2eOrg) {
  const suffix = uniqueSuffix();
  const owner = `Search Owner ${suffix}`;
  const former = `Search Former ${suffix}`;
  const ownerId = await postCustomer(request, org, { kind: "company", name: owner });
  const formerId = await postCustomer(request, org, { kind: "company", name: former });
  const registration = `N${1000 + Math.floor(Math.random() * 9000)}${"QXZ"[Math.floor(Math.random() * 3)]}`;
  const headers = authorization(org);
  const asset = await request.post("/api/v1/assets", {
    headers,
    data: { kind: "aircraft", registration, make: "Piper", model: "PA-28" },
  });
  expect(asset.status(), await asset.text()).toBe(201);
  const assetId = ((await asset.json()) as { data: { id: string } }).data.id;
  for (const [customerId, status] of [
    [ownerId, "current"],
    [formerId, "former"],
  ] as const) {
    const link = await request.post(`/api/v1/assets/${assetId}/customers`, { headers, data: { customerId, status } });
    expect(link.status(), await link.text()).toBe(201);
  }
  return { registration, owner, former };
}

for (const [device, viewport] of [
  ["laptop", viewports.laptop],
  ["phone", viewports.phone],
] as const) {
  test.describe(`on a ${device}`, () => {
    test.use({ viewport });

    test("a registration finds its current owner, with the aircraft shown in the row", async ({
      page,
      request,
      org,
    }) => {
      const { registration, owner, former } = await makeOwnedAircraft(request, org);
      await page.goto("/customers");
      const search = page.getByRole("searchbox", { name: "Search customers" });
      await expectHydrated(search);
      await search.fill(registration.toLowerCase());
      await expect(page).toHaveURL(new RegExp(`[?&]q=${registration.toLowerCase()}(&|$)`));

      const table = page.getByRole("table", { name: "Customers" });
      const row = table.getByRole("row").filter({ has: page.getByRole("link", { name: owner }) });
      await expect(row).toBeVisible();
      await expect(row.getByText(`Aircraft ${registration} · Piper PA-28`)).toBeVisible();
      await expect(table.getByRole("link", { name: former })).toHaveCount(0);
      await expect(page.getByText(/^Showing 1–1 of 1$/)).toBeVisible();
      await expectNoA11yViolations(page);
      await expectNoHorizontalScroll(page);

      // A typo in the name finds the owner too (nothing matches it exactly).
      await search.fill(owner.replace("Search Owner", "Serch Ownr"));
      await expect(table.getByRole("link", { name: owner })).toBeVisible();
    });
  });
}
