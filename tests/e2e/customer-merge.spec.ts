// Merge (issue 12, items 3 and 4): two duplicates compared side by side, merged from the merge page
// after a confirmation — the survivor then shows the duplicate's contact, aircraft and work order — and
// undone from the toast; the duplicate's old URL leads to the survivor with a notice. On a laptop and a
// phone, with axe on the comparison and the confirmation.
import type { APIRequestContext, Page } from "@playwright/test";
import type { E2eOrg } from "./org-file";
import { expectNoA11yViolations, expectNoHorizontalScroll, viewports } from "./a11y";
import { authorization, expect, expectHydrated, postCustomer, test, uniqueSuffix } from "./support";

async function api(request: APIRequestContext, org: E2eOrg, path: string, data: object) {
  const response = await request.post(`/api/v1${path}`, { headers: authorization(org), data });
  expect(response.ok(), `POST ${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { data: { id: string } }).data;
}

/** Survivor A (a phone) and duplicate B (an account number, a contact, an aircraft and a work order). */
async function makeDuplicates(request: APIRequestContext, org: E2eOrg) {
  const suffix = uniqueSuffix();
  const a = { name: `E2E Merge ${suffix} Air`, id: "" };
  const b = { name: `E2E Merge ${suffix} Air Inc`, id: "" };
  a.id = await postCustomer(request, org, { kind: "company", name: a.name, phone: "865 555 0101" });
  b.id = await postCustomer(request, org, { kind: "company", name: b.name, accountNumber: `M-${suffix}` });
  const contact = `Mia Merge${suffix.slice(0, 4)}`;
  await api(request, org, `/customers/${b.id}/contacts`, {
    firstName: "Mia",
    lastName: `Merge${suffix.slice(0, 4)}`,
    email: `mia-${suffix.toLowerCase()}@example.test`,
  });
  const registration = `N${Math.floor(10_000 + Math.random() * 89_999)}`;
  const aircraft = await api(request, org, "/assets", {
    kind: "aircraft",
    registration,
    make: "Piper",
    model: "PA-28",
  });
  await api(request, org, `/assets/${aircraft.id}/customers`, { customerId: b.id, makePrimary: true });
  const centers = (await (await request.get("/api/v1/service-centers", { headers: authorization(org) })).json()) as {
    data: { id: string }[];
  };
  const workOrder = (await api(request, org, "/work-orders", {
    serviceCenterId: centers.data[0]!.id,
    assetId: aircraft.id,
    customerId: b.id,
  })) as { id: string; number: string };
  return { a, b, contact, registration, workOrderNumber: workOrder.number };
}

async function openComparison(page: Page, ids: string[]) {
  await page.goto(`/customers/merge?ids=${ids.join(",")}`);
  await expectHydrated(page.getByRole("button", { name: /^Merge \d customers$/ }));
}

test("merge two customers from the merge page, see everything on the survivor, then undo it", async ({ page, org }) => {
  await page.setViewportSize(viewports.laptop);
  const s = await makeDuplicates(page.request, org);
  await openComparison(page, [s.a.id, s.b.id]);
  await expect(page.getByRole("heading", { name: "Merge customers", level: 1 })).toBeVisible();
  const names = page.getByRole("group", { name: "Name", exact: true });
  await expect(names.getByRole("radio")).toHaveCount(2);
  await names.getByRole("radio", { name: new RegExp(`${s.b.name}$`) }).check();
  await expect(page.getByText(/1 contact, 1 aircraft, 1 work order/)).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole("button", { name: "Merge 2 customers" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Merge 2 customers into ${s.a.name}?` });
  await expect(confirm).toContainText("This moves 1 contact, 1 aircraft, 1 work order");
  await expectNoA11yViolations(page, { include: "[role=alertdialog]" });
  await confirm.getByRole("button", { name: "Merge" }).click();

  await expect(page).toHaveURL(new RegExp(`/customers/${s.a.id}$`));
  const toast = page.getByRole("listitem").filter({ hasText: `Merged 2 customers into ${s.a.name}` });
  await expect(toast.getByRole("button", { name: "Undo" })).toBeVisible();
  await expect(page.getByRole("heading", { name: s.b.name, level: 1 })).toBeVisible();
  await page.getByRole("tab", { name: /Contacts/ }).click();
  await expect(page.getByRole("tabpanel").getByText(s.contact).first()).toBeVisible();
  await page.getByRole("tab", { name: /Aircraft/ }).click();
  await expect(page.getByRole("tabpanel").getByText(s.registration).first()).toBeVisible();
  await page.getByRole("tab", { name: /Work orders/ }).click();
  await expect(page.getByRole("tabpanel").getByText(s.workOrderNumber).first()).toBeVisible();

  // The duplicate's page leads to the survivor, saying why.
  await page.goto(`/customers/${s.b.id}`);
  await expect(page).toHaveURL(new RegExp(`/customers/${s.a.id}\\?merged=${s.b.id}$`));
  await expect(
    page.getByRole("status").filter({ hasText: `${s.b.name} was merged into this customer.` }),
  ).toBeVisible();

  // Undo from the survivor's timeline entry (the toast's Undo calls the same action).
  await page.getByRole("tab", { name: /Activity/ }).click();
  const undo = page.getByRole("button", { name: "Undo merge" });
  await expectHydrated(undo);
  await undo.click();
  await page.getByRole("alertdialog", { name: "Undo this merge?" }).getByRole("button", { name: "Undo merge" }).click();
  await expect(page.getByText("Merge undone", { exact: true })).toBeVisible();
  // The refreshed timeline reads the merge as undone: its entry offers no second undo.
  await expect(page.getByText(`Merge undone: ${s.b.name} restored as separate customers`)).toBeVisible();
  await expect(undo).toHaveCount(0);
  await page.goto(`/customers/${s.b.id}`);
  await expect(page.getByRole("heading", { name: s.b.name, level: 1 })).toBeVisible();
  await page.getByRole("tab", { name: /Contacts/ }).click();
  await expect(page.getByRole("tabpanel").getByText(s.contact).first()).toBeVisible();
});

test("on a phone: the comparison stacks, the toast's Undo splits them again", async ({ page, org }) => {
  await page.setViewportSize(viewports.smallPhone);
  const s = await makeDuplicates(page.request, org);
  await openComparison(page, [s.b.id, s.a.id]);
  // The first id is the proposed survivor; switch to A.
  await page
    .getByRole("group", { name: "Customer to keep" })
    .getByRole("radio", { name: new RegExp(`${s.a.name}$`) })
    .click();
  await expect(page).toHaveURL(new RegExp(`ids=${s.a.id},${s.b.id}`));
  await expectHydrated(page.getByRole("button", { name: "Merge 2 customers" }));
  await expectNoHorizontalScroll(page);
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Merge 2 customers" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Merge" }).click();
  await expect(page).toHaveURL(new RegExp(`/customers/${s.a.id}$`));
  const toast = page.getByRole("listitem").filter({ hasText: "Merged 2 customers" });
  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Merge undone", { exact: true })).toBeVisible();
  const response = await page.request.get(`/api/v1/customers/${s.b.id}`, {
    headers: authorization(org),
    maxRedirects: 0,
  });
  expect(response.status()).toBe(200);
});

test("Merge with… in the Actions menu picks the duplicate and opens the comparison", async ({ page, org }) => {
  await page.setViewportSize(viewports.laptop);
  const s = await makeDuplicates(page.request, org);
  await page.goto(`/customers/${s.a.id}`);
  const actions = page.getByRole("button", { name: "Actions" });
  await expectHydrated(actions);
  await actions.click();
  await page.getByRole("menuitem", { name: "Merge with…" }).click();
  const dialog = page.getByRole("dialog", { name: `Merge ${s.a.name} with…` });
  await dialog.getByRole("combobox", { name: "Duplicate customer" }).click();
  await page.getByRole("textbox", { name: "Search duplicate customer" }).fill(s.b.name);
  await page.getByRole("option", { name: new RegExp(s.b.name) }).click();
  await dialog.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(new RegExp(`/customers/merge\\?ids=${s.a.id},${s.b.id}`));
  await expect(page.getByRole("button", { name: "Merge 2 customers" })).toBeVisible();
});
