// @vitest-environment jsdom
// The contact dialogs with server actions stubbed: client validation with the shared schema, the
// normalized values sent, server field errors on their field; and delete's toast with Undo.
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { toast } from "sonner";
import { ContactDialog } from "@/app/(app)/customers/_components/contacts/contact-dialog";
import { ContactRowActions } from "@/app/(app)/customers/_components/contacts/contact-row-actions";
import type { ContactView } from "@/app/(app)/customers/_components/contacts/contact-view";
import {
  createContactAction,
  deleteContactAction,
  restoreContactAction,
  updateContactAction,
} from "@/lib/contacts/actions";
import { eraseContactAction } from "@/lib/privacy/erasure-actions";

vi.mock("@/lib/contacts/actions", () => ({
  createContactAction: vi.fn(),
  updateContactAction: vi.fn(),
  setPrimaryContactAction: vi.fn(),
  deleteContactAction: vi.fn(),
  restoreContactAction: vi.fn(),
}));
vi.mock("@/lib/privacy/erasure-actions", () => ({ eraseContactAction: vi.fn() }));
vi.mock("sonner", () => ({ toast: Object.assign(vi.fn(), { success: vi.fn(), error: vi.fn() }) }));

const create = vi.mocked(createContactAction);
const update = vi.mocked(updateContactAction);

beforeEach(() => vi.clearAllMocks());
afterEach(cleanup);

const contact: ContactView = {
  id: "k1",
  name: "Ana Ruiz",
  firstName: "Ana",
  lastName: "Ruiz",
  email: "ana@example.test",
  phone: "+12125550101",
  mobile: null,
  jobTitle: null,
  roles: ["billing"],
  preferredContactMethod: null,
  receivesOrderUpdates: true,
  marketingConsent: "granted",
  newsletter: false,
  emailVerified: true,
  phoneVerified: false,
  consent: { at: "2026-03-04T10:00:00.000Z", by: "Avery Admin" },
  portalAccess: false,
  notes: null,
  isPrimary: true,
  version: 3,
};

async function openAdd() {
  const user = userEvent.setup();
  render(<ContactDialog customerId="c1" country="US" />);
  await user.click(screen.getByRole("button", { name: "Add contact" }));
  return user;
}

describe("ContactDialog", () => {
  it("validates with the shared schema before calling the server", async () => {
    const user = await openAdd();
    await user.type(screen.getByLabelText("Email"), "nope");
    await user.type(screen.getByLabelText("Phone"), "12");
    await user.click(screen.getAllByRole("button", { name: "Add contact" }).at(-1)!);
    expect(await screen.findByText("First name is required")).toBeTruthy();
    expect(screen.getByText("Enter a valid email address")).toBeTruthy();
    expect(screen.getByText("Enter a valid phone number")).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });

  it("sends the fields with the customer and shows the server's email error on the Email field", async () => {
    create.mockResolvedValue({
      error: {
        code: "CONFLICT",
        message: "x.",
        fieldErrors: { email: ["ana@example.test is already a contact of this customer"] },
      },
    });
    const user = await openAdd();
    await user.type(screen.getByLabelText("First name"), "Ana");
    await user.type(screen.getByLabelText("Last name"), "Ruiz");
    await user.type(screen.getByLabelText("Email"), "ANA@example.test");
    await user.click(screen.getByLabelText("Technical"));
    await user.click(screen.getAllByRole("button", { name: "Add contact" }).at(-1)!);
    expect(await screen.findByText("ana@example.test is already a contact of this customer")).toBeTruthy();
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ customerId: "c1", firstName: "Ana", email: "ANA@example.test", roles: ["technical"] }),
    );
    expect(screen.getByLabelText("Email").getAttribute("aria-invalid")).toBe("true");
  });

  it("edits a contact with its version and shows when marketing consent was recorded", async () => {
    update.mockResolvedValue({ data: { id: "k1" } });
    const onOpenChange = vi.fn();
    const user = userEvent.setup();
    render(<ContactDialog customerId="c1" country="US" contact={contact} open onOpenChange={onOpenChange} />);
    expect(screen.getByText("Consent recorded Mar 4, 2026 by Avery Admin")).toBeTruthy();
    await user.clear(screen.getByLabelText("Job title"));
    await user.type(screen.getByLabelText("Job title"), "Controller");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    expect(update).toHaveBeenCalledWith(
      expect.objectContaining({ contactId: "k1", version: 3, jobTitle: "Controller" }),
    );
  });
});

describe("ContactRowActions", () => {
  it("deletes with an Undo toast that restores the contact", async () => {
    vi.mocked(deleteContactAction).mockResolvedValue({ data: { id: "k1" } });
    vi.mocked(restoreContactAction).mockResolvedValue({ data: { id: "k1" } });
    const user = userEvent.setup();
    render(<ContactRowActions contact={contact} customerId="c1" country="US" canErase={false} />);
    await user.click(screen.getByRole("button", { name: "Actions for Ana Ruiz" }));
    await user.click(await screen.findByRole("menuitem", { name: "Delete" }));
    await waitFor(() => expect(toast).toHaveBeenCalled());
    const [message, options] = vi.mocked(toast).mock.calls[0]!;
    expect(message).toBe("Contact deleted");
    const action = (options as { action: { label: string; onClick: () => void } }).action;
    expect(action.label).toBe("Undo");
    action.onClick();
    await waitFor(() => expect(toast.success).toHaveBeenCalledWith("Ana Ruiz restored"));
    expect(restoreContactAction).toHaveBeenCalledWith({ contactId: "k1" });
  });

  it("offers erasure only when allowed, and sends the reason and the typed confirmation", async () => {
    const user = userEvent.setup();
    const { unmount } = render(<ContactRowActions contact={contact} customerId="c1" country="US" canErase={false} />);
    await user.click(screen.getByRole("button", { name: "Actions for Ana Ruiz" }));
    expect(screen.queryByRole("menuitem", { name: "Erase personal data…" })).toBeNull();
    await user.keyboard("{Escape}");
    unmount();

    vi.mocked(eraseContactAction).mockResolvedValueOnce({
      error: {
        code: "VALIDATION",
        message: "Type it exactly.",
        fieldErrors: { confirm: ["Type the contact's full name or email exactly as shown"] },
      },
    });
    render(<ContactRowActions contact={contact} customerId="c1" country="US" canErase />);
    await user.click(screen.getByRole("button", { name: "Actions for Ana Ruiz" }));
    await user.click(await screen.findByRole("menuitem", { name: "Erase personal data…" }));
    const dialog = await screen.findByRole("dialog", { name: "Erase Ana Ruiz's personal data" });
    expect(dialog.textContent).toContain("This cannot be undone.");
    await user.click(screen.getByRole("button", { name: "Erase personal data" }));
    expect(
      await screen.findByText("Give the reason for the erasure (e.g. the person's request and its date)"),
    ).toBeTruthy();
    expect(eraseContactAction).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText(/^Reason/), "Asked by phone");
    await user.type(screen.getByLabelText(/^Type the contact's full name or email to confirm/), "ana");
    await user.click(screen.getByRole("button", { name: "Erase personal data" }));
    expect(await screen.findByText("Type the contact's full name or email exactly as shown")).toBeTruthy();
    expect(eraseContactAction).toHaveBeenCalledWith({ contactId: "k1", reason: "Asked by phone", confirm: "ana" });
  });
});
