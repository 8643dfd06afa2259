// @vitest-environment jsdom
// The import's page once started: progress and counts, refreshing while it runs, cancel while running,
// undo (confirmed) once finished, the failed rows and the error CSV link.
import { act, cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ImportJobView } from "@/app/(app)/customers/imports/_components/import-job-view";
import type { ImportResource } from "@/app/(app)/customers/imports/_components/types";
import { cancelImportAction, undoImportAction } from "@/lib/imports/actions";

const router = vi.hoisted(() => ({ push: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));
vi.mock("@/lib/imports/actions", () => ({ cancelImportAction: vi.fn(), undoImportAction: vi.fn() }));

const cancel = vi.mocked(cancelImportAction);
const undo = vi.mocked(undoImportAction);

function resource(overrides: Partial<ImportResource> = {}): ImportResource {
  return {
    id: "imp-1",
    filename: "a.csv",
    byteSize: 10,
    format: "csv",
    delimiter: ",",
    encoding: "utf-8",
    headers: ["Name"],
    mapping: null,
    mode: "upsert",
    matchOn: "accountNumber",
    numberFormat: "auto",
    dateFormat: "auto",
    readings: [],
    status: "completed",
    total: 10,
    processed: 10,
    created: 6,
    updated: 2,
    skipped: 0,
    failed: 2,
    warnings: 0,
    error: null,
    cancelRequested: false,
    jobId: "job-1",
    undo: null,
    phase: null,
    rowsRead: null,
    startedAt: null,
    finishedAt: null,
    createdAt: "2026-11-30T00:00:00.000Z",
    ...overrides,
  };
}

const errors = {
  total: 2,
  rows: [
    {
      rowNumber: 3,
      severity: "error" as const,
      messages: [{ column: "Email", message: "Enter a valid email address" }],
    },
    { rowNumber: 7, severity: "error" as const, messages: [{ column: null, message: "Repeated row" }] },
  ],
};
const none = { total: 0, rows: [] };

function renderView(file: ImportResource, failed = errors) {
  render(<ImportJobView file={file} errors={failed} warnings={none} errorsCsvUrl="/api/v1/imports/imp-1/errors.csv" />);
}

beforeEach(() => {
  vi.useRealTimers();
  router.refresh.mockReset();
  cancel.mockReset().mockResolvedValue({ data: resource() });
  undo.mockReset().mockResolvedValue({ data: resource() });
});
afterEach(cleanup);

describe("ImportJobView", () => {
  it("shows how the import reads its number and date columns, and nothing when it has none", () => {
    renderView(
      resource({
        readings: [
          {
            column: 2,
            header: "Credit limit",
            kind: "number",
            format: "dot",
            reason: "every value reads the same either way; numbers stored in an Excel workbook use a decimal point",
            ambiguous: [],
            ambiguousCount: 0,
          },
          {
            column: 3,
            header: "Since",
            kind: "date",
            format: "dmy",
            reason: "no value shows whether the day or the month comes first",
            ambiguous: [{ value: "1/3/2026", read: "2026-03-01" }],
            ambiguousCount: 1,
          },
        ],
      }),
    );
    const region = screen.getByRole("region", { name: "How numbers and dates are read" });
    expect(region.textContent).toContain(
      "Credit limit: Numbers read as 1,234.56 — every value reads the same either way; numbers stored in an Excel workbook use a decimal point.",
    );
    expect(region.textContent).toContain(
      "Since: Dates read as day/month/year (31.12.2026) — no value shows whether the day or the month comes first. Read this way: 1/3/2026 → 2026-03-01.",
    );
    cleanup();
    renderView(resource({ readings: null }));
    expect(screen.queryByRole("region", { name: "How numbers and dates are read" })).toBeNull();
  });

  it("shows progress, counts, the failed rows and the error CSV link", () => {
    renderView(resource({ processed: 5 }));
    expect(screen.getByText("5 of 10 rows")).toBeTruthy();
    expect(screen.getByLabelText("Created: 6")).toBeTruthy();
    expect(screen.getByLabelText("Failed: 2")).toBeTruthy();
    const failed = screen.getByRole("table", { name: "Failed rows" });
    expect(failed.textContent).toContain("3EmailEnter a valid email address");
    expect(failed.textContent).toContain("7Whole rowRepeated row");
    const link = screen.getByRole("link", { name: "Download failed rows (CSV)" });
    expect(link.getAttribute("href")).toBe("/api/v1/imports/imp-1/errors.csv");
  });

  it("refreshes while running and offers cancel, not undo", async () => {
    vi.useFakeTimers();
    renderView(resource({ status: "running", processed: 3 }), none);
    act(() => vi.advanceTimersByTime(2100));
    expect(router.refresh).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole("button", { name: "Undo import" })).toBeNull();
    expect(screen.getByText("None so far.")).toBeTruthy();
    vi.useRealTimers();
    await userEvent.setup().click(screen.getByRole("button", { name: "Cancel import" }));
    expect(cancel).toHaveBeenCalledWith({ id: "imp-1" });
  });

  it("does not refresh once finished, and undoes only after confirmation", async () => {
    vi.useFakeTimers();
    renderView(resource());
    act(() => vi.advanceTimersByTime(3000));
    expect(router.refresh).not.toHaveBeenCalled();
    vi.useRealTimers();
    const user = userEvent.setup();
    expect(screen.queryByRole("button", { name: "Cancel import" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Undo import" }));
    const dialog = screen.getByRole("alertdialog", { name: "Undo this import?" });
    expect(dialog.textContent).toContain(
      "The 6 customers it created are removed and the 2 it updated get their previous values back",
    );
    expect(undo).not.toHaveBeenCalled();
    const confirm = screen.getAllByRole("button", { name: "Undo import" }).find((button) => dialog.contains(button))!;
    await user.click(confirm);
    expect(undo).toHaveBeenCalledWith({ id: "imp-1" });
  });

  it("reports the undo's outcome and offers no second undo", () => {
    renderView(
      resource({ status: "undone", undo: { status: "completed", removed: 6, restored: 1, skipped: 1, error: null } }),
    );
    expect(
      screen.getByText("Undone: 6 created customers removed, 1 restored, 1 left alone because they changed since."),
    ).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Undo import" })).toBeNull();
  });

  it("tells reading the file from writing rows", () => {
    renderView(resource({ status: "running", phase: "reading", rowsRead: 12000, total: null, processed: 0 }), none);
    expect(screen.getByText("Reading the file: 12,000 rows read")).toBeTruthy();
    cleanup();
    renderView(resource({ status: "queued", total: null, processed: 0 }), none);
    expect(screen.getByText("Waiting to start…")).toBeTruthy();
  });

  it("pages through many failed rows by URL", () => {
    renderView(resource(), { ...errors, total: 250, page: 2, perPage: 100, pageCount: 3 } as typeof errors);
    const pager = screen.getByRole("navigation", { name: "Failed rows pages" });
    expect(pager.textContent).toContain("101–200 of 250");
    expect(screen.getByRole("link", { name: "Previous page" }).getAttribute("href")).toBe("?errors=1");
    expect(screen.getByRole("link", { name: "Next page" }).getAttribute("href")).toBe("?errors=3");
  });

  it("offers no undo when the import changed nothing", () => {
    renderView(resource({ created: 0, updated: 0, failed: 10 }));
    expect(screen.queryByRole("button", { name: "Undo import" })).toBeNull();
  });
});
