// When a work order counts as overdue (lib/work-orders/overdue.ts): due before the organization's today and
// still open.
import { describe, expect, it } from "vitest";
import { isWorkOrderOverdue } from "@/lib/work-orders/overdue";

const due = (day: string) => new Date(`${day}T00:00:00Z`);

describe("isWorkOrderOverdue", () => {
  it("is overdue from the day after its due date, in the organization's calendar", () => {
    expect(isWorkOrderOverdue({ status: "open", dueDate: due("2026-03-01") }, "2026-03-02")).toBe(true);
    expect(isWorkOrderOverdue({ status: "in_progress", dueDate: due("2025-12-31") }, "2026-01-01")).toBe(true);
    expect(isWorkOrderOverdue({ status: "open", dueDate: due("2026-03-01") }, "2026-03-01")).toBe(false);
    expect(isWorkOrderOverdue({ status: "open", dueDate: due("2026-03-02") }, "2026-03-01")).toBe(false);
  });

  it("never for completed or void work orders, or without a due date", () => {
    expect(isWorkOrderOverdue({ status: "completed", dueDate: due("2020-01-01") }, "2026-03-01")).toBe(false);
    expect(isWorkOrderOverdue({ status: "void", dueDate: due("2020-01-01") }, "2026-03-01")).toBe(false);
    expect(isWorkOrderOverdue({ status: "pending", dueDate: null }, "2026-03-01")).toBe(false);
  });
});
