// Privacy as an owner sees it: retention and the work-order legal hold in Settings → Privacy, a
// customer's subject access export downloaded as a ZIP, one contact's personal data erased, and a
// marketing consent given on the form with its history.
import { expectNoA11yViolations, expectNoHorizontalScroll, viewports } from "./a11y";
import { authorization, expect, expectHydrated, postCustomer, test, uniqueSuffix } from "./support";

test("sets retention periods and the legal hold in Settings → Privacy", async ({ page }) => {
  await page.setViewportSize(viewports.laptop);
  await page.goto("/settings/privacy");
  const months = page.getByLabel("Erase archived customers after (months)");
  const hold = page.getByLabel("Keep the customer's name on work orders when erasing");
  await expectHydrated(months);
  // New values each run (the spec's organization keeps what an earlier run saved).
  const archived = String(13 + Math.floor(Math.random() * 100));
  const holdAfter = !(await hold.isChecked());
  await months.fill(archived);
  await page.getByLabel("Delete hand-logged activity after (months)").fill("24");
  await hold.setChecked(holdAfter);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Privacy settings saved")).toBeVisible();
  await expectNoA11yViolations(page);

  await page.reload();
  await expect(page.getByLabel("Erase archived customers after (months)")).toHaveValue(archived);
  await expect(page.getByLabel("Delete hand-logged activity after (months)")).toHaveValue("24");
  await expect(page.getByLabel("Keep the customer's name on work orders when erasing")).toBeChecked({
    checked: holdAfter,
  });

  await page.setViewportSize(viewports.smallPhone);
  await expectNoHorizontalScroll(page);
  await expectNoA11yViolations(page);
});

test("exports a customer's personal data as a ZIP", async ({ page, request, org }) => {
  const suffix = uniqueSuffix();
  const name = `E2E Export ${suffix}`;
  const id = await postCustomer(request, org, { name, email: `export-${suffix.toLowerCase()}@example.com` });
  await page.setViewportSize(viewports.laptop);
  await page.goto(`/customers/${id}`);
  const actions = page.getByRole("button", { name: "Actions" });
  await expectHydrated(actions);
  await actions.click();
  await page.getByRole("menuitem", { name: "Export personal data…" }).click();
  const dialog = page.getByRole("dialog", { name: `Export ${name}'s personal data` });
  await dialog.getByRole("button", { name: "Start export" }).click();
  await expect(dialog.getByText("Ready. The file stays available for 7 days.")).toBeVisible({ timeout: 30_000 });
  await expectNoA11yViolations(page, { include: '[role="dialog"]' });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("link", { name: "Download ZIP" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  // A ZIP starts with its local file header signature.
  expect(Buffer.concat(chunks).subarray(0, 2).toString("latin1")).toBe("PK");

  // The request itself is on the customer's timeline.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.getByRole("tab", { name: "Activity" }).click();
  await expect(
    page
      .getByRole("tabpanel", { name: "Activity" })
      .getByText(/export/i)
      .first(),
  ).toBeVisible();
});

test("erases one contact's personal data, keeping the customer", async ({ page, request, org }) => {
  const suffix = uniqueSuffix();
  const name = `E2E Erase ${suffix}`;
  const id = await postCustomer(request, org, { name });
  const contact = { firstName: "Ida", lastName: `Berg ${suffix}`, email: `ida-${suffix.toLowerCase()}@example.com` };
  const created = await request.post(`/api/v1/customers/${id}/contacts`, {
    headers: authorization(org),
    data: contact,
  });
  expect(created.status()).toBe(201);
  const fullName = `${contact.firstName} ${contact.lastName}`;

  await page.setViewportSize(viewports.laptop);
  await page.goto(`/customers/${id}`);
  const tab = page.getByRole("tab", { name: "Contacts" });
  await expectHydrated(tab);
  await tab.click();
  const row = page.getByRole("table", { name: "Contacts" }).getByRole("row").filter({ hasText: fullName });
  await row.getByRole("button", { name: `Actions for ${fullName}` }).click();
  await page.getByRole("menuitem", { name: "Erase personal data…" }).click();

  const dialog = page.getByRole("dialog", { name: `Erase ${fullName}'s personal data` });
  await expect(dialog.getByText("This cannot be undone.")).toBeVisible();
  await dialog.getByLabel("Reason").fill("Erasure request by email");
  // A wrong confirmation is refused on the field, and nothing is erased.
  await dialog.getByLabel(/Type the contact's full name or email to confirm/).fill("someone else");
  await dialog.getByRole("button", { name: "Erase personal data" }).click();
  await expect(dialog.getByText(/exactly as shown/i)).toBeVisible();
  await expectNoA11yViolations(page, { include: '[role="dialog"]' });

  await dialog.getByLabel(/Type the contact's full name or email to confirm/).fill(fullName);
  await dialog.getByRole("button", { name: "Erase personal data" }).click();
  await expect(page.getByText("Contact's personal data erased")).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("table", { name: "Contacts" }).getByText(fullName)).toHaveCount(0);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();

  await page.setViewportSize(viewports.smallPhone);
  await expectNoHorizontalScroll(page);
});

test("records a marketing consent given on the customer form, with its history", async ({ page, request, org }) => {
  const name = `E2E Consent ${uniqueSuffix()}`;
  const id = await postCustomer(request, org, { name });
  await page.setViewportSize(viewports.laptop);
  await page.goto(`/customers/${id}/edit`);
  const consent = page.getByLabel("Marketing consent");
  await expectHydrated(consent);
  await consent.selectOption({ label: "Granted" });
  await page.getByLabel("Subscribed to the newsletter").check();
  await page.getByRole("button", { name: "Save customer" }).click();
  await expect(page).toHaveURL(new RegExp(`/customers/${id}$`));

  // The Overview's "Consent & preferences" card: the history section under its heading.
  const history = page.getByRole("region", { name: "Consent history" });
  await expect(history.getByText(/Marketing consent/)).toBeVisible();
  await expect(history.getByText("Granted", { exact: true })).toBeVisible();
  await expect(history.getByText(/^Form · by /).first()).toBeVisible();
  await expectNoA11yViolations(page);
});
