// @vitest-environment jsdom
// The customer form in a browser-like DOM with the server actions stubbed: labels, inline
// validation, server field errors on their fields, the edit conflict alert, and success.
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CustomerForm } from "@/app/(app)/customers/_components/customer-form";
import { buildNewCustomerValues } from "@/app/(app)/customers/_components/customer-form-values";
import { createCustomerAction, updateCustomerAction } from "@/lib/customers/actions";

const push = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push, refresh: vi.fn() }) }));
vi.mock("@/lib/duplicates/actions", () => ({ findDuplicatesAction: vi.fn(async () => ({ data: [] })) }));
vi.mock("@/lib/customers/actions", () => ({ createCustomerAction: vi.fn(), updateCustomerAction: vi.fn() }));
vi.mock("@/lib/live/actions", () => ({
  heartbeatPresenceAction: vi.fn(async () => ({ data: { resource: "", people: [] } })),
  leavePresenceAction: vi.fn(async () => ({ data: undefined })),
}));

const createAction = vi.mocked(createCustomerAction);
const updateAction = vi.mocked(updateCustomerAction);
const blank = buildNewCustomerValues({ country: "US", currency: "USD" });
const tiers = [{ id: "t-gold", name: "Gold", color: "#ca8a04", discountPercent: "10.00" }];

function renderCreateForm() {
  render(<CustomerForm mode={{ kind: "create" }} defaultValues={blank} tiers={tiers} />);
  return userEvent.setup();
}

function save() {
  return screen.getByRole("button", { name: "Save customer" });
}

beforeEach(() => {
  // jsdom has no layout; the conflict alert scrolls itself into view.
  Element.prototype.scrollIntoView = vi.fn();
  push.mockReset();
  createAction.mockReset();
  updateAction.mockReset();
});
afterEach(cleanup);

describe("CustomerForm", () => {
  it("labels every field", () => {
    renderCreateForm();
    const labels = [
      "Company",
      "Person",
      "Name",
      "Display name",
      "Account number",
      "Status",
      "Email",
      "Phone",
      "Phone type",
      "Secondary phone",
      "Secondary phone type",
      "Website",
      "Address line 1",
      "Address line 2",
      "City",
      "State / province",
      "Postal code",
      "Country",
      "Currency",
      "Language",
      "Tags",
      "Source",
      "Notes",
      "Same as billing address",
      "Tier",
      "Customer type",
      "Credit limit",
      "Payment terms",
      "Preferred shipping method",
      "Internal notes (staff only)",
    ];
    for (const label of labels) expect(screen.getByLabelText(label, { exact: true })).toBeTruthy();
  });

  it("shows first and last name and the date of birth for a person", async () => {
    const user = renderCreateForm();
    expect(screen.queryByLabelText("First name")).toBeNull();
    expect(screen.queryByLabelText("Date of birth")).toBeNull();
    await user.click(screen.getByLabelText("Person"));
    expect(screen.getByLabelText("First name")).toBeTruthy();
    expect(screen.getByLabelText("Last name")).toBeTruthy();
    expect(screen.getByLabelText("Date of birth")).toHaveProperty("type", "date");
  });

  it("shows an invalid email under the field without calling the server", async () => {
    const user = renderCreateForm();
    await user.type(screen.getByLabelText("Name", { exact: true }), "Acme Aviation");
    await user.type(screen.getByLabelText("Email", { exact: true }), "not-an-email");
    await user.click(save());

    const email = screen.getByLabelText("Email", { exact: true });
    await waitFor(() => expect(email.getAttribute("aria-invalid")).toBe("true"));
    const errorId = email.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(errorId)?.textContent).toBe("Enter a valid email address");
    expect(createAction).not.toHaveBeenCalled();
  });

  it("puts a server duplicate error under its field and sends the typed values", async () => {
    createAction.mockResolvedValue({
      error: {
        code: "CONFLICT",
        message: "Account number A-1 is already used by another customer.",
        fieldErrors: { accountNumber: ["Account number A-1 is already used by another customer"] },
      },
    });
    const user = renderCreateForm();
    await user.type(screen.getByLabelText("Name", { exact: true }), "Acme Aviation");
    await user.type(screen.getByLabelText("Account number"), "A-1");
    await user.type(screen.getByLabelText("Tags"), "vip, net-30");
    await user.click(save());

    const accountNumber = screen.getByLabelText("Account number");
    await waitFor(() => expect(accountNumber.getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByText("Account number A-1 is already used by another customer")).toBeTruthy();
    expect(createAction).toHaveBeenCalledWith(
      expect.objectContaining({ name: "Acme Aviation", accountNumber: "A-1", country: "US", tags: ["vip", "net-30"] }),
    );
    expect(push).not.toHaveBeenCalled();
  });

  it("goes to the new customer after creating it", async () => {
    createAction.mockResolvedValue({ data: { id: "c-1" } });
    const user = renderCreateForm();
    await user.type(screen.getByLabelText("Name", { exact: true }), "Acme Aviation");
    await user.click(save());
    await waitFor(() => expect(push).toHaveBeenCalledWith("/customers/c-1"));
  });

  it("keeps the input and offers a reload when someone else saved first", async () => {
    updateAction.mockResolvedValue({
      error: { code: "CONFLICT", message: "This customer was changed by someone else since you opened it." },
    });
    render(
      <CustomerForm
        mode={{ kind: "edit", customerId: "c-1", version: 3 }}
        defaultValues={{ ...blank, name: "Acme Aviation", city: "Knoxville" }}
        tiers={tiers}
      />,
    );
    const user = userEvent.setup();
    const city = screen.getByLabelText("City");
    await user.clear(city);
    await user.type(city, "Nashville");
    await user.click(save());

    const alert = await screen.findByText("This customer was changed by someone else since you opened it.");
    expect(alert.closest("[role=alert]")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Reload" }).getAttribute("href")).toBe("/customers/c-1/edit");
    expect((city as HTMLInputElement).value).toBe("Nashville");
    expect(updateAction).toHaveBeenCalledWith(expect.objectContaining({ id: "c-1", version: 3, city: "Nashville" }));
  });

  it("takes over a newer record from a live refresh only while nothing is typed", async () => {
    updateAction.mockResolvedValue({ data: { id: "c-1" } });
    const mode = { kind: "edit" as const, customerId: "c-1", selfId: "u-1" };
    const older = { ...blank, name: "Acme Aviation", city: "Knoxville" };
    const { rerender } = render(<CustomerForm mode={{ ...mode, version: 3 }} defaultValues={older} tiers={tiers} />);
    const city = screen.getByLabelText("City") as HTMLInputElement;

    // Untouched: someone else's save (version 4) replaces the values and the version the form saves with.
    rerender(
      <CustomerForm mode={{ ...mode, version: 4 }} defaultValues={{ ...older, city: "Memphis" }} tiers={tiers} />,
    );
    await waitFor(() => expect(city.value).toBe("Memphis"));

    // Typed: a later refresh (version 5) changes nothing in the form, and saving still sends version 4,
    // so the server answers with the conflict banner instead of overwriting version 5.
    const user = userEvent.setup();
    await user.clear(city);
    await user.type(city, "Nashville");
    rerender(
      <CustomerForm mode={{ ...mode, version: 5 }} defaultValues={{ ...older, city: "Chattanooga" }} tiers={tiers} />,
    );
    expect(city.value).toBe("Nashville");
    await user.click(save());
    await waitFor(() =>
      expect(updateAction).toHaveBeenCalledWith(expect.objectContaining({ version: 4, city: "Nashville" })),
    );
  });
});
