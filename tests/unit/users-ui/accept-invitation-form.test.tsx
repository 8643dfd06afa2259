// @vitest-environment jsdom
// The invite page's form with the action stubbed: each way of accepting sends its own mode (an existing
// account's password is only ever sent to sign in as that account), and a refusal stays on the page.
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AcceptInvitationForm } from "@/app/(auth)/invite/[id]/_components/accept-invitation-form";
import { acceptInvitationAction } from "@/lib/users/actions";

const router = vi.hoisted(() => ({ push: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));
vi.mock("@/lib/users/actions", () => ({ acceptInvitationAction: vi.fn() }));
vi.mock("sonner", () => ({ toast: Object.assign(vi.fn(), { success: vi.fn(), error: vi.fn() }) }));

const accept = vi.mocked(acceptInvitationAction);
const props = { invitationId: "inv-1", email: "ina@example.test", organizationName: "Acme" };
const joined = { data: { email: props.email, organizationId: "org-1", signedIn: true } };

beforeEach(() => vi.clearAllMocks());
afterEach(cleanup);

describe("AcceptInvitationForm", () => {
  it("signed in as the invited account: one click accepts with the session", async () => {
    accept.mockResolvedValue(joined);
    render(<AcceptInvitationForm {...props} mode="session" />);
    expect(screen.queryByLabelText("Password")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Accept invitation" }));
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/customers"));
    expect(accept).toHaveBeenCalledWith({ mode: "session", invitationId: "inv-1" });
  });

  it("an existing account not signed in: signs in with its password, and a wrong one is shown and cleared", async () => {
    accept.mockResolvedValueOnce({ error: { code: "UNAUTHORIZED", message: "Invalid email or password." } });
    render(<AcceptInvitationForm {...props} mode="signIn" />);
    expect(screen.getByLabelText("Email")).toHaveProperty("value", props.email);
    expect(screen.queryByLabelText("Name")).toBeNull();
    await userEvent.type(screen.getByLabelText("Password"), "wrong-password");
    await userEvent.click(screen.getByRole("button", { name: "Sign in and accept" }));
    expect(await screen.findByRole("alert")).toHaveProperty("textContent", "Invalid email or password.");
    expect(screen.getByLabelText("Password")).toHaveProperty("value", "");
    expect(accept).toHaveBeenCalledWith({ mode: "signIn", invitationId: "inv-1", password: "wrong-password" });
    expect(router.push).not.toHaveBeenCalled();

    accept.mockResolvedValueOnce(joined);
    await userEvent.type(screen.getByLabelText("Password"), "right-password");
    await userEvent.click(screen.getByRole("button", { name: "Sign in and accept" }));
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/customers"));
  });

  it("no account yet: name and a new password, validated before sending; sent to sign in if that was refused", async () => {
    accept.mockResolvedValue({ data: { ...joined.data, signedIn: false } });
    render(<AcceptInvitationForm {...props} mode="newAccount" />);
    await userEvent.type(screen.getByLabelText("Name"), "Ina Invitee");
    await userEvent.type(screen.getByLabelText("Password"), "short");
    await userEvent.click(screen.getByRole("button", { name: "Create account and join" }));
    expect(await screen.findByText("Use at least 12 characters.")).toBeTruthy();
    expect(accept).not.toHaveBeenCalled();
    await userEvent.clear(screen.getByLabelText("Password"));
    await userEvent.type(screen.getByLabelText("Password"), "a-good-password-1");
    await userEvent.click(screen.getByRole("button", { name: "Create account and join" }));
    await waitFor(() =>
      expect(accept).toHaveBeenCalledWith({
        mode: "newAccount",
        invitationId: "inv-1",
        name: "Ina Invitee",
        password: "a-good-password-1",
      }),
    );
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/login?next=%2Fcustomers"));
  });
});
