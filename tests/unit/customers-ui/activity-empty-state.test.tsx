// @vitest-environment jsdom
// The timeline with no entries: "No activity yet" and what adds one while nothing is filtered; the filter
// wording only once a filter is set (and nothing matches).
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ActivityTimeline } from "@/app/(app)/customers/_components/activity/activity-timeline";
import { listActivityAction } from "@/lib/activity/actions";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));
vi.mock("@/lib/activity/actions", () => ({
  listActivityAction: vi.fn(),
  logActivityAction: vi.fn(),
  revertActivityAction: vi.fn(),
}));

afterEach(cleanup);

const empty = { items: [], nextCursor: null };

describe("an empty timeline", () => {
  it("says there is no activity yet, and the filter wording only when filtered", async () => {
    vi.mocked(listActivityAction).mockResolvedValue({ data: empty });
    render(<ActivityTimeline customerId="c-1" firstPage={empty} canLog={false} canRevert={false} />);
    expect(screen.getByText("No activity yet")).toBeTruthy();
    expect(screen.queryByText(/matches these filters/)).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Meeting" }));
    expect(await screen.findByText(/No activity matches these filters/)).toBeTruthy();
    expect(screen.queryByText("No activity yet")).toBeNull();
    expect(listActivityAction).toHaveBeenCalledWith(expect.objectContaining({ customerId: "c-1", types: ["meeting"] }));
  });
});
