// Typed changes are not lost silently: leaving a dirty form by a link, Back or reload asks first (Keep
// editing keeps the typing, Discard leaves), a saved or untouched form lets you go, and a dirty dialog
// asks before it closes. Long forms keep Save reachable on a phone and mark their required fields.
import type { Page } from "@playwright/test";
import { expectNoA11yViolations, expectNoHorizontalScroll, viewports } from "./a11y";
import { expect, expectHydrated, postCustomer, test, uniqueSuffix } from "./support";

const discardDialog = (page: Page) => page.getByRole("alertdialog", { name: "Discard unsaved changes?" });
const navLink = (page: Page, name: string) =>
  page.getByRole("link", { name, exact: true }).filter({ visible: true }).first();

/** Counts the browser's own prompts (beforeunload), accepting each. */
function countPrompts(page: Page) {
  const prompts: string[] = [];
  page.on("dialog", (dialog) => {
    prompts.push(dialog.type());
    void dialog.accept();
  });
  return prompts;
}

test("editing a customer: a link, Back and reload ask first; untouched, nothing asks", async ({
  page,
  request,
  org,
}) => {
  const name = `Unsaved ${uniqueSuffix()}`;
  const id = await postCustomer(request, org, { name });
  const prompts = countPrompts(page);

  await page.goto(`/customers/${id}/edit`);
  const displayName = page.getByLabel("Display name");
  await expectHydrated(displayName);
  await navLink(page, "Vehicles").click();
  await expect(page).toHaveURL(/\/vehicles/);
  await expect(discardDialog(page)).toHaveCount(0);

  await page.goto(`/customers/${id}/edit`);
  await expectHydrated(displayName);
  await displayName.click();
  await displayName.fill("Typed but not saved");

  // A nav link: the question, then Keep editing keeps the page and the typing.
  await navLink(page, "Vehicles").click();
  await expect(discardDialog(page)).toBeVisible();
  await expectNoA11yViolations(page, { include: "[role=alertdialog]" });
  await discardDialog(page).getByRole("button", { name: "Keep editing" }).click();
  await expect(discardDialog(page)).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/customers/${id}/edit$`));
  await expect(displayName).toHaveValue("Typed but not saved");

  // Back: asked too.
  await page.goBack();
  await expect(discardDialog(page)).toBeVisible();
  await discardDialog(page).getByRole("button", { name: "Keep editing" }).click();
  await expect(page).toHaveURL(new RegExp(`/customers/${id}/edit$`));
  await expect(displayName).toHaveValue("Typed but not saved");

  // Reload: the browser's own prompt.
  await page.reload();
  await expect.poll(() => prompts).toEqual(["beforeunload"]);
});

test("editing a customer: Discard leaves, and after saving nothing asks", async ({ page, request, org }) => {
  const id = await postCustomer(request, org, { name: `Unsaved ${uniqueSuffix()}` });
  const prompts = countPrompts(page);
  await page.goto(`/customers/${id}/edit`);
  const displayName = page.getByLabel("Display name");

  // Discard leaves.
  await expectHydrated(displayName);
  await displayName.click();
  await displayName.fill("Typed again");
  await navLink(page, "Vehicles").click();
  await discardDialog(page).getByRole("button", { name: "Discard" }).click();
  await expect(page).toHaveURL(/\/vehicles$/);

  // Saved: no question afterwards.
  await page.goto(`/customers/${id}/edit`);
  await expectHydrated(displayName);
  await displayName.click();
  await displayName.fill("Saved name");
  await page.getByRole("button", { name: "Save customer" }).click();
  await expect(page.getByText("Customer updated")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/customers/${id}$`));
  await navLink(page, "Vehicles").click();
  await expect(page).toHaveURL(/\/vehicles$/);
  await page.reload();
  expect(prompts).toEqual([]);
});

test("a dialog with typing asks before it closes", async ({ page, request, org }) => {
  const id = await postCustomer(request, org, { name: `Dialog ${uniqueSuffix()}` });
  await page.goto(`/customers/${id}?tab=contacts`);
  const add = page.getByRole("button", { name: "Add contact" });
  await expectHydrated(add);
  await add.click();
  const dialog = page.getByRole("dialog", { name: "Add a contact" });
  await dialog.getByLabel("First name").fill("Rosa");
  await page.keyboard.press("Escape");
  await expect(discardDialog(page)).toBeVisible();
  await discardDialog(page).getByRole("button", { name: "Keep editing" }).click();
  await expect(dialog.getByLabel("First name")).toHaveValue("Rosa");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await discardDialog(page).getByRole("button", { name: "Discard" }).click();
  await expect(dialog).toBeHidden();
  // Untouched, it closes at once.
  await add.click();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(discardDialog(page)).toHaveCount(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: viewports.phone });

  test("the long customer form keeps Save in reach and marks required fields", async ({ page }) => {
    await page.goto("/customers/new");
    const save = page.getByRole("button", { name: "Save customer" });
    await expect(save).toBeEnabled();
    await expect(save).toBeInViewport();
    await expect(page.getByRole("link", { name: "Cancel" })).toBeInViewport();
    await page.getByLabel("Notes", { exact: true }).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, -1500);
    await expect(save).toBeInViewport();
    // The bar spans the screen, not wider.
    const bar = await page.locator("[data-slot=save-bar]").boundingBox();
    expect(bar!.x + bar!.width).toBeLessThanOrEqual(viewports.phone.width);

    await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("aria-required", "true");
    await expect(page.getByLabel("Email", { exact: true })).not.toHaveAttribute("aria-required", "true");
    // A person needs a first or last name: neither alone is required, nor is the name.
    await page.getByLabel("Person").check();
    await expect(page.getByLabel("First name")).not.toHaveAttribute("aria-required", "true");
    await expect(page.getByLabel("Name", { exact: true })).not.toHaveAttribute("aria-required", "true");
  });
});

test.describe("on a tablet", () => {
  test.use({ viewport: viewports.tablet });

  test("the aircraft form keeps Save in reach and marks the registration required", async ({ page }) => {
    await page.goto("/aircraft/new");
    const save = page.getByRole("button", { name: "Save aircraft" });
    await expect(save).toBeEnabled();
    await expect(save).toBeInViewport();
    await expect(page.getByLabel("Registration")).toHaveAttribute("aria-required", "true");
    await expect(page.getByLabel("Make")).not.toHaveAttribute("aria-required", "true");
    await expectNoHorizontalScroll(page);
  });
});
