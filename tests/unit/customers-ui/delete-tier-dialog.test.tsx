// @vitest-environment jsdom
// Deleting a tier: one in use asks where its customers go and sends that choice; one that gained
// customers since the page loaded asks too, instead of failing with nothing to choose.
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DeleteTierDialog } from "@/app/(app)/settings/customer-tiers/_components/delete-tier-dialog";
import { deleteTierAction } from "@/lib/tiers/actions";
import type { TierRow } from "@/lib/tiers/queries";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn() }) }));
vi.mock("sonner", () => ({ toast: { success: vi.fn() } }));
vi.mock("@/lib/tiers/actions", () => ({ deleteTierAction: vi.fn() }));

const deleteAction = vi.mocked(deleteTierAction);
const row = (id: string, name: string, customerCount: number): TierRow => ({
  id,
  name,
  level: 1,
  discountPercent: "5.00",
  color: "#64748b",
  benefits: null,
  version: 1,
  createdAt: new Date(),
  updatedAt: new Date(),
  customerCount,
});
const gold = row("t-gold", "Gold", 2);
const silver = row("t-silver", "Silver", 0);

beforeEach(() => deleteAction.mockReset().mockResolvedValue({ data: { moved: 2 } }));
afterEach(cleanup);

async function open(tier: TierRow, others: TierRow[]) {
  render(<DeleteTierDialog tier={tier} others={others} />);
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: `Delete ${tier.name}` }));
  return user;
}

describe("DeleteTierDialog", () => {
  it("asks where a tier's customers go and sends the choice", async () => {
    const user = await open(gold, [silver]);
    expect(screen.getByRole("dialog").textContent).toContain("2 customers in this tier must go to another tier first.");
    await user.selectOptions(screen.getByLabelText("Move its 2 customers to"), "t-silver");
    await user.click(screen.getByRole("button", { name: "Delete tier" }));
    await waitFor(() => expect(deleteAction).toHaveBeenCalledWith({ id: "t-gold", moveTo: "t-silver" }));
  });

  it("sends no destination for an unused tier, and asks for one when customers were added meanwhile", async () => {
    const message = "1 customer uses this tier. Choose where they go before deleting it.";
    deleteAction.mockResolvedValueOnce({ error: { code: "CONFLICT", message, fieldErrors: { moveTo: [message] } } });
    const user = await open(silver, [gold]);
    expect(screen.getByRole("dialog").textContent).toContain("No customers use this tier.");
    await user.click(screen.getByRole("button", { name: "Delete tier" }));
    await waitFor(() => expect(deleteAction).toHaveBeenCalledWith({ id: "t-silver", moveTo: undefined }));
    expect(
      await screen.findByText("Customers were added to this tier meanwhile. Choose where they go first."),
    ).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Delete tier" }));
    await waitFor(() => expect(deleteAction).toHaveBeenLastCalledWith({ id: "t-silver", moveTo: null }));
  });
});
