// @vitest-environment jsdom
// The subject access export dialog with its server actions stubbed: starts the export, follows the job and
// offers the ZIP's download link once the job has completed.
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ExportDataDialog } from "@/app/(app)/customers/_components/export-data-dialog";
import { getJobAction } from "@/lib/jobs/actions";
import type { JobResource } from "@/lib/jobs/resource";
import { startCustomerExportAction } from "@/lib/privacy/export-actions";

vi.mock("@/lib/jobs/actions", () => ({ getJobAction: vi.fn(), cancelJobAction: vi.fn() }));
vi.mock("@/lib/privacy/export-actions", () => ({ startCustomerExportAction: vi.fn() }));
vi.mock("sonner", () => ({ toast: Object.assign(vi.fn(), { success: vi.fn(), error: vi.fn() }) }));

afterEach(cleanup);

const job = (status: JobResource["status"]): JobResource => ({
  id: "0190a5e0-0000-7000-8000-000000000001",
  kind: "customer_data_export",
  status,
  total: null,
  processed: status === "completed" ? 12 : 0,
  created: 0,
  updated: 0,
  skipped: 0,
  failed: 0,
  warnings: 0,
  error: null,
  attempts: 1,
  cancelRequested: false,
  startedAt: null,
  finishedAt: null,
  createdAt: "2026-12-07T12:00:00.000Z",
  updatedAt: "2026-12-07T12:00:00.000Z",
});

describe("ExportDataDialog", () => {
  it("starts the export, follows its job and links the ZIP when it is ready", async () => {
    vi.mocked(startCustomerExportAction).mockResolvedValue({ data: job("queued") });
    vi.mocked(getJobAction).mockResolvedValue({ data: job("completed") });
    const user = userEvent.setup();
    render(<ExportDataDialog customer={{ id: "c1", name: "Acme" }} open onOpenChange={() => {}} />);
    expect(screen.getByRole("dialog", { name: "Export Acme's personal data" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Start export" }));
    expect(startCustomerExportAction).toHaveBeenCalledWith({ customerId: "c1" });
    expect(await screen.findByText("Waiting to start…")).toBeTruthy();
    const link = await screen.findByRole("link", { name: "Download ZIP" }, { timeout: 3000 });
    expect(link.getAttribute("href")).toBe(`/api/v1/customers/c1/export/${job("completed").id}`);
    expect(getJobAction).toHaveBeenCalledWith({ id: job("completed").id });
  });
});
