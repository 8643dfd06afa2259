// Contacts on the customer page: add two in the dialog (the first becomes primary), switch the
// primary and see the badge move, then delete one and bring it back with the toast's Undo.
import type { Page } from "@playwright/test";
import { createCustomer, expect, expectHydrated, test, uniqueSuffix } from "./support";

async function addContact(page: Page, contact: { first: string; last: string; email: string; phone?: string }) {
  await page.getByRole("button", { name: "Add contact" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a contact" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("First name").fill(contact.first);
  await dialog.getByLabel("Last name").fill(contact.last);
  await dialog.getByLabel("Email", { exact: true }).fill(contact.email);
  if (contact.phone) await dialog.getByLabel("Phone", { exact: true }).fill(contact.phone);
  await dialog.getByLabel("Billing").check();
  await dialog.getByRole("button", { name: "Add contact" }).click();
  // Not the "Contact added" toast: the previous one may still be showing.
  await expect(dialog).toBeHidden();
  await expect(contactRow(page, `${contact.first} ${contact.last}`)).toBeVisible();
}

function contactRow(page: Page, name: string) {
  return page.getByRole("table", { name: "Contacts" }).getByRole("row").filter({ hasText: name });
}

async function rowAction(page: Page, name: string, action: string) {
  await contactRow(page, name)
    .getByRole("button", { name: `Actions for ${name}` })
    .click();
  await page.getByRole("menuitem", { name: action }).click();
}

test("adds two contacts, switches the primary, and undoes a delete", async ({ page }) => {
  const suffix = uniqueSuffix();
  await createCustomer(page, `E2E Contacts ${suffix}`);
  const first = {
    first: "Ana",
    last: `Ruiz ${suffix}`,
    email: `ana-${suffix.toLowerCase()}@example.com`,
    phone: "(865) 555-0142",
  };
  const second = { first: "Bo", last: `Lind ${suffix}`, email: `bo-${suffix.toLowerCase()}@example.com` };
  const [firstName, secondName] = [`${first.first} ${first.last}`, `${second.first} ${second.last}`];

  const tab = page.getByRole("tab", { name: "Contacts" });
  await expectHydrated(tab);
  await tab.click();
  await expect(page.getByText(/No contacts yet/)).toBeVisible();
  await expectHydrated(page.getByRole("button", { name: "Add contact" }));

  await addContact(page, first);
  await expect(contactRow(page, firstName).getByText("Primary", { exact: true })).toBeVisible();
  await expect(contactRow(page, firstName).getByRole("link", { name: first.email })).toHaveAttribute(
    "href",
    `mailto:${first.email}`,
  );
  await expect(contactRow(page, firstName).getByRole("link", { name: "+1 865 555 0142" })).toBeVisible();

  await addContact(page, second);
  await expect(contactRow(page, secondName)).toBeVisible();
  await expect(contactRow(page, secondName).getByText("Primary", { exact: true })).toHaveCount(0);

  // A duplicate email comes back from the server onto the Email field.
  await page.getByRole("button", { name: "Add contact" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a contact" });
  await dialog.getByLabel("First name").fill("Dup");
  await dialog.getByLabel("Last name").fill("Licate");
  await dialog.getByLabel("Email", { exact: true }).fill(first.email.toUpperCase());
  await dialog.getByRole("button", { name: "Add contact" }).click();
  await expect(dialog.getByText(`${first.email} is already a contact of this customer`)).toBeVisible();
  // What was typed is not lost without asking.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await page
    .getByRole("alertdialog", { name: "Discard unsaved changes?" })
    .getByRole("button", { name: "Discard" })
    .click();
  await expect(dialog).toBeHidden();

  await rowAction(page, secondName, "Make primary");
  await expect(page.getByText(`${secondName} is now the primary contact`)).toBeVisible();
  await expect(contactRow(page, secondName).getByText("Primary", { exact: true })).toBeVisible();
  await expect(contactRow(page, firstName).getByText("Primary", { exact: true })).toHaveCount(0);

  await rowAction(page, firstName, "Delete");
  await expect(page.getByText("Contact deleted")).toBeVisible();
  await expect(contactRow(page, firstName)).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText(`${firstName} restored`)).toBeVisible();
  await expect(contactRow(page, firstName)).toBeVisible();
  await expect(contactRow(page, secondName).getByText("Primary", { exact: true })).toBeVisible();
});
