// @vitest-environment jsdom
// The customer form's commercial terms: the discount change shown (and confirmed) before saving a new tier, payment
// terms presets and custom days, the shipping address behind "Same as billing", and the values sent.
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CustomerForm } from "@/app/(app)/customers/_components/customer-form";
import { buildNewCustomerValues } from "@/app/(app)/customers/_components/customer-form-values";
import { createCustomerAction, updateCustomerAction } from "@/lib/customers/actions";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));
vi.mock("@/lib/customers/actions", () => ({ createCustomerAction: vi.fn(), updateCustomerAction: vi.fn() }));
vi.mock("@/lib/live/actions", () => ({
  heartbeatPresenceAction: vi.fn(async () => ({ data: { resource: "", people: [] } })),
  leavePresenceAction: vi.fn(async () => ({ data: undefined })),
}));
// The possible-duplicates check (its own live region, empty without candidates) finds nothing here.
vi.mock("@/lib/duplicates/actions", () => ({ findDuplicatesAction: vi.fn(async () => ({ data: [] })) }));

const createAction = vi.mocked(createCustomerAction);
const updateAction = vi.mocked(updateCustomerAction);
const blank = buildNewCustomerValues({ country: "US", currency: "USD" });
const tiers = [
  { id: "t-gold", name: "Gold", color: "#ca8a04", discountPercent: "12.50" },
  { id: "t-silver", name: "Silver", color: "#94a3b8", discountPercent: "5.00" },
];

beforeEach(() => {
  createAction.mockReset().mockResolvedValue({ data: { id: "c-1" } });
  updateAction.mockReset().mockResolvedValue({ data: { id: "c-1" } });
});
afterEach(cleanup);

const save = () => screen.getByRole("button", { name: "Save customer" });

describe("commercial terms on the customer form", () => {
  it("shows the discount before and after when an edit changes the tier", async () => {
    render(
      <CustomerForm
        mode={{ kind: "edit", customerId: "c-1", version: 2 }}
        defaultValues={{ ...blank, name: "Acme", tierId: "t-silver" }}
        tiers={tiers}
      />,
    );
    const user = userEvent.setup();
    const statusText = () =>
      screen
        .queryAllByRole("status")
        .map((status) => status.textContent)
        .join(" ");
    expect(statusText()).not.toContain("Discount");
    await user.selectOptions(screen.getByLabelText("Tier"), "t-gold");
    expect(statusText()).toContain("Discount 5.00% → 12.50%");
    await user.selectOptions(screen.getByLabelText("Tier"), "");
    expect(statusText()).toContain("Discount 5.00% → 0.00%");

    // Saving asks first, naming both tiers and the discounts; Cancel saves nothing.
    await user.click(save());
    const confirm = await screen.findByRole("alertdialog", { name: "Change this customer's tier?" });
    expect(confirm.textContent).toContain("Silver → No tier. Discount: 5.00% → 0.00%");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(updateAction).not.toHaveBeenCalled();

    await user.click(save());
    await user.click(await screen.findByRole("button", { name: "Change tier and save" }));
    await waitFor(() => expect(updateAction).toHaveBeenCalledWith(expect.objectContaining({ tierId: "", version: 2 })));
  });

  it("saves an edit that keeps the tier without asking", async () => {
    render(
      <CustomerForm
        mode={{ kind: "edit", customerId: "c-1", version: 2 }}
        defaultValues={{ ...blank, name: "Acme", tierId: "t-silver" }}
        tiers={tiers}
      />,
    );
    const user = userEvent.setup();
    await user.click(save());
    await waitFor(() => expect(updateAction).toHaveBeenCalledWith(expect.objectContaining({ tierId: "t-silver" })));
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("sends presets or custom payment days, the credit limit as text and the shipping address", async () => {
    render(<CustomerForm mode={{ kind: "create" }} defaultValues={blank} tiers={tiers} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Name", { exact: true }), "Acme");
    await user.type(screen.getByLabelText("Credit limit"), "1234567.89");
    await user.selectOptions(screen.getByLabelText("Payment terms"), "custom");
    await user.type(screen.getByLabelText("Payment terms (days)"), "21");
    expect(screen.queryByLabelText("Shipping city")).toBeNull();
    await user.click(screen.getByLabelText("Same as billing address"));
    await user.type(screen.getByLabelText("Shipping city"), "Toronto");
    await user.click(save());
    await waitFor(() =>
      expect(createAction).toHaveBeenCalledWith(
        expect.objectContaining({
          creditLimit: "1234567.89",
          paymentTermsDays: "21",
          shippingSameAsBilling: false,
          shippingCity: "Toronto",
        }),
      ),
    );
  });

  it("refuses a credit limit with more than two decimals in the browser", async () => {
    render(<CustomerForm mode={{ kind: "create" }} defaultValues={blank} tiers={tiers} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Name", { exact: true }), "Acme");
    await user.type(screen.getByLabelText("Credit limit"), "10.005");
    await user.selectOptions(screen.getByLabelText("Payment terms"), "30");
    await user.click(save());
    await waitFor(() => expect(screen.getByLabelText("Credit limit").getAttribute("aria-invalid")).toBe("true"));
    expect(createAction).not.toHaveBeenCalled();
  });
});
