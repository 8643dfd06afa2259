// Notifications: Sam Staff changes a customer that Avery Admin owns; the background worker derives the
// notification from the outbox, Avery's bell shows the unread count, the inbox lists the change with a link to
// the customer, and marking it read clears the count — with axe at laptop and phone sizes, and the
// preferences page (email not configured in e2e: it says so).
import { expectNoA11yViolations, expectNoHorizontalScroll, viewports } from "./a11y";
import { createCustomer, expect, expectHydrated, test, uniqueSuffix } from "./support";

test("the owner is told when someone else changes their customer, and marks it read", async ({
  page,
  browser,
  baseURL,
  org,
}) => {
  const name = `E2E Notified ${uniqueSuffix()}`;
  await page.setViewportSize(viewports.laptop);
  // A rerun on the same server starts from an empty count: "Mark all as read" clears what an earlier run left.
  await page.goto("/notifications");
  await expectHydrated(page.getByRole("heading", { name: "Notifications", level: 1 }));
  const markAll = page.getByRole("button", { name: "Mark all as read" });
  if (await markAll.isVisible()) {
    await markAll.click();
    await expect(page.getByText("Nothing unread.")).toBeVisible();
  }
  await createCustomer(page, name);
  const customerPath = new URL(page.url()).pathname;

  // Sam Staff, in a browser of their own, edits Avery's customer.
  const staffContext = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const staff = await staffContext.newPage();
  const signIn = await staff.request.post("/api/auth/sign-in/email", {
    data: { email: org.staff.email, password: org.staff.password },
    headers: { Origin: baseURL! },
  });
  expect(signIn.ok()).toBe(true);
  await staff.goto(`${customerPath}/edit`);
  await expect(staff.getByRole("button", { name: "Save customer" })).toBeEnabled();
  await staff.getByLabel("City", { exact: true }).fill("Chattanooga");
  await staff.getByRole("button", { name: "Save customer" }).click();
  await expect(staff.getByText("Customer updated")).toBeVisible();
  // Sam is not told of their own change.
  await expect(staff.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  await staffContext.close();

  // Avery's bell counts it once the worker has derived it (it runs every 1.5 s).
  const bell = page.getByRole("link", { name: /^Notifications, \d+ unread$/ });
  await expect(async () => {
    await page.goto("/customers");
    await expect(bell).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread");
  await expectHydrated(bell);
  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  const entry = page.getByRole("link", { name: `Unread: Sam Staff updated ${name}` });
  await expect(entry).toBeVisible();
  await expect(
    page
      .getByRole("listitem")
      .filter({ has: entry })
      .getByText(/^Changed: .*city/),
  ).toBeVisible();
  await expect(entry).toHaveAttribute("href", customerPath);
  await expectNoA11yViolations(page);

  await page.setViewportSize(viewports.phone);
  await expect(entry).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoA11yViolations(page);
  await page.setViewportSize(viewports.laptop);

  await expectHydrated(page.getByRole("button", { name: `Mark as read: Sam Staff updated ${name}` }));
  await page.getByRole("button", { name: `Mark as read: Sam Staff updated ${name}` }).click();
  await expect(page.getByRole("link", { name: `Sam Staff updated ${name}`, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  await expect(page.getByText("Nothing unread.")).toBeVisible();

  // The link leads to the customer.
  await page.getByRole("link", { name: `Sam Staff updated ${name}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${customerPath}$`));
  await expect(page.getByRole("heading", { name })).toBeVisible();
});

test("each member chooses inbox and email per kind; without SMTP_URL email says it is not configured", async ({
  page,
}) => {
  await page.setViewportSize(viewports.laptop);
  await page.goto("/settings/notifications");
  const inbox = page.getByRole("checkbox", { name: "Changes to my customers: in the inbox" });
  await expectHydrated(inbox);
  await expect(inbox).toBeChecked();
  await expect(page.getByText(/Email is not configured on this server/)).toBeVisible();
  await page.getByRole("checkbox", { name: "Activity on my customers: by email" }).check();
  await page.getByRole("button", { name: "Save notification settings" }).click();
  await expect(page.getByText("Notification settings saved")).toBeVisible();
  await page.reload();
  await expectHydrated(page.getByRole("checkbox", { name: "Activity on my customers: by email" }));
  await expect(page.getByRole("checkbox", { name: "Activity on my customers: by email" })).toBeChecked();
  await expectNoA11yViolations(page);
  await page.setViewportSize(viewports.phone);
  await expectNoHorizontalScroll(page);
  await expectNoA11yViolations(page);
});
