// @vitest-environment jsdom
// The link dialog with server actions stubbed: pick a customer, send the fields, show server errors;
// and the archive confirmation's list of assets losing their primary customer.
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LinkDialog } from "@/app/(app)/_components/asset-links/link-dialog";
import { PrimaryLossNotice } from "@/app/(app)/_components/asset-links/primary-loss-notice";
import { linkCustomerAction, searchCustomerOptionsAction } from "@/lib/asset-links/actions";
import { describePrimaryLossAction } from "@/lib/customers/actions";

vi.mock("@/lib/asset-links/actions", () => ({
  linkCustomerAction: vi.fn(),
  searchCustomerOptionsAction: vi.fn(),
  searchAssetOptionsAction: vi.fn(),
}));
vi.mock("@/lib/customers/actions", () => ({ describePrimaryLossAction: vi.fn() }));

const linkAction = vi.mocked(linkCustomerAction);
const searchAction = vi.mocked(searchCustomerOptionsAction);
const lossAction = vi.mocked(describePrimaryLossAction);

beforeEach(() => {
  linkAction.mockReset();
  searchAction.mockReset();
  searchAction.mockResolvedValue({
    data: [{ value: "c1", label: "Skyline Aviation", description: "A-1 · ops@sky.test" }],
  });
});
afterEach(cleanup);

async function openAndPick() {
  const user = userEvent.setup();
  render(<LinkDialog side="asset" assetId="a1" />);
  await user.click(screen.getByRole("button", { name: "Link customer" }));
  await user.click(screen.getByRole("combobox", { name: "Customer" }));
  await user.click(await screen.findByRole("option", { name: /Skyline Aviation/ }));
  return user;
}

describe("LinkDialog", () => {
  it("requires a customer before calling the server", async () => {
    const user = userEvent.setup();
    render(<LinkDialog side="asset" assetId="a1" />);
    await user.click(screen.getByRole("button", { name: "Link customer" }));
    await user.click(screen.getByRole("button", { name: "Link" }));
    expect(await screen.findByText("Choose a customer")).toBeTruthy();
    expect(linkAction).not.toHaveBeenCalled();
  });

  it("sends the picked customer and the fields, then closes", async () => {
    linkAction.mockResolvedValue({ data: { id: "l1" } });
    const user = await openAndPick();
    await user.selectOptions(screen.getByLabelText("Relationship"), "operator");
    await user.type(screen.getByLabelText("Since"), "2024-05-01");
    await user.click(screen.getByLabelText("Make primary"));
    await user.click(screen.getByRole("button", { name: "Link" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(linkAction).toHaveBeenCalledWith({
      assetId: "a1",
      customerId: "c1",
      relationship: "operator",
      status: "current",
      since: "2024-05-01",
      notes: "",
      makePrimary: true,
    });
  });

  it("shows a duplicate link error under the picker and stays open", async () => {
    const message = "This customer is already linked to this aircraft or vehicle. Edit the existing link instead.";
    linkAction.mockResolvedValue({ error: { code: "CONFLICT", message, fieldErrors: { customerId: [message] } } });
    const user = await openAndPick();
    await user.click(screen.getByRole("button", { name: "Link" }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.getByRole("dialog")).toBeTruthy();
  });
});

describe("PrimaryLossNotice", () => {
  it("lists each asset and who becomes primary, or that none will be", async () => {
    lossAction.mockResolvedValue({
      data: [
        { assetId: "p", assetLabel: "N12345 · Cessna 172S", kind: "aircraft", nextPrimaryName: "Blue Sky LLC" },
        { assetId: "t", assetLabel: "Ford Transit", kind: "vehicle", nextPrimaryName: null },
      ],
    });
    render(<PrimaryLossNotice customerId="c1" />);
    const items = await screen.findAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "N12345 · Cessna 172S — Blue Sky LLC becomes primary",
      "Ford Transit — it will have no primary customer",
    ]);
    expect(screen.getByRole("link", { name: "Ford Transit" }).getAttribute("href")).toBe("/vehicles/t");
  });
});
