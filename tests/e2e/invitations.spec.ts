// Adding a user ends in an invitation link; the invited account joins only by accepting it signed in as
// itself (issue 8: no admin can attach an existing account). Desktop size.
import { expect, expectHydrated, test, uniqueSuffix } from "./support";

test.use({ viewport: { width: 1280, height: 800 } });

test("an added user signs in as their account and accepts the invitation link", async ({ page, browser, baseURL }) => {
  const email = `invitee-${uniqueSuffix().toLowerCase()}@example.test`;
  const password = "temporary-pass-e2e-1";

  await page.goto("/settings/users");
  await expectHydrated(page.getByRole("button", { name: "Add user" }));
  await page.getByRole("button", { name: "Add user" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("Ina Invitee");
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByLabel("Temporary password").fill(password);
  await dialog.getByRole("button", { name: "Add user" }).click();
  await expect(dialog.getByRole("heading", { name: "User added" })).toBeVisible();
  const link = await dialog.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{32}$/);
  await dialog.getByRole("button", { name: "Done" }).click();
  // Not a member until they accept; listed as a pending invitation meanwhile.
  await expect(page.getByRole("region", { name: "Pending invitations" }).getByText(email)).toBeVisible();
  await expect(page.getByRole("table", { name: "Users" }).getByText(email)).toHaveCount(0);

  const invitee = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    viewport: { width: 1280, height: 800 },
  });
  try {
    const inviteePage = await invitee.newPage();
    // Signed out, the link asks for the account's password rather than offering to create or attach it.
    await inviteePage.goto(link);
    await expect(inviteePage.getByText(`sign in as ${email} to accept`)).toBeVisible();
    await expect(inviteePage.getByRole("button", { name: "Sign in and accept" })).toBeVisible();

    const signedIn = await invitee.request.post("/api/auth/sign-in/email", {
      data: { email, password },
      headers: { Origin: baseURL ?? "" },
    });
    expect(signedIn.ok()).toBe(true);
    await inviteePage.goto(link);
    await expect(inviteePage.getByText(`You are signed in as ${email}.`)).toBeVisible();
    const accept = inviteePage.getByRole("button", { name: "Accept invitation" });
    await expectHydrated(accept);
    await accept.click();
    // Joining renders the customer list of the new organization: slow on a loaded CI machine.
    await expect(inviteePage).toHaveURL(/\/customers$/, { timeout: 30_000 });
    await expect(inviteePage.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();

    // The link is spent.
    await inviteePage.goto(link);
    await expect(inviteePage.getByText("Invitation already used")).toBeVisible();
  } finally {
    await invitee.close();
  }

  await page.reload();
  await expect(page.getByRole("table", { name: "Users" }).getByRole("cell", { name: email })).toBeVisible();
});
