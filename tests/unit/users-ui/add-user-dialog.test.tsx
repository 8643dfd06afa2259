// @vitest-environment jsdom
// "Add user" with the action stubbed: whatever the email, the dialog ends on the same invitation link and
// the same words; nothing in it depends on whether the email already had an account.
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AddUserDialog } from "@/app/(app)/settings/users/_components/add-user-dialog";
import { addUserAction } from "@/lib/users/actions";

vi.mock("@/lib/users/actions", () => ({ addUserAction: vi.fn() }));
vi.mock("sonner", () => ({ toast: Object.assign(vi.fn(), { success: vi.fn(), error: vi.fn() }) }));

const add = vi.mocked(addUserAction);

beforeEach(() => vi.clearAllMocks());
afterEach(cleanup);

describe("AddUserDialog", () => {
  it("shows the invitation link and how to join, then starts empty again", async () => {
    const expiresAt = new Date("2030-01-08T10:00:00Z");
    add.mockResolvedValue({
      data: { id: "abc", email: "ina@example.test", role: "staff", expiresAt, path: "/invite/abc" },
    });
    render(<AddUserDialog roles={["admin", "staff"]} />);

    await userEvent.click(screen.getByRole("button", { name: "Add user" }));
    const dialog = screen.getByRole("dialog");
    await userEvent.type(within(dialog).getByLabelText("Name"), "Ina Invitee");
    await userEvent.type(within(dialog).getByLabelText("Email"), "Ina@Example.test");
    await userEvent.type(within(dialog).getByLabelText("Temporary password"), "temporary-pass-1");
    await userEvent.click(within(dialog).getByRole("button", { name: "Add user" }));

    expect(await within(dialog).findByRole("heading", { name: "User added" })).toBeTruthy();
    expect(within(dialog).getByLabelText("Invitation link")).toHaveProperty(
      "value",
      `${window.location.origin}/invite/abc`,
    );
    expect(dialog.textContent).toMatch(
      /with the temporary password if they are new to Customer Hub, with their own password/,
    );
    expect(add).toHaveBeenCalledWith({
      name: "Ina Invitee",
      email: "Ina@Example.test",
      role: "staff",
      password: "temporary-pass-1",
    });

    await userEvent.click(within(dialog).getByRole("button", { name: "Done" }));
    await userEvent.click(screen.getByRole("button", { name: "Add user" }));
    expect(within(screen.getByRole("dialog")).getByLabelText("Email")).toHaveProperty("value", "");
  });
});
