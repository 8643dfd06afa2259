// Bulk actions and imports write their events set-based: one INSERT per batch, however many rows. Rows
// written by one statement share their transaction (`xmin`) and command id (`cmin`) system columns, so
// counting distinct (xmin, cmin) pairs counts the statements that wrote them.
import { afterEach, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { runBulkAction } from "@/lib/customers/bulk/run";
import { db } from "@/lib/db";
import { makeCustomerRows, makeOrgWithRoles, uniq } from "@/tests/factories";
import { csv, importCsv } from "../imports/helpers";

async function statementsOf(ctx: Ctx, type: string) {
  const [row] = await db.$queryRaw<{ events: number; statements: number }[]>`
    SELECT count(*)::int AS events, count(DISTINCT (xmin::text, cmin::text))::int AS statements
    FROM event WHERE organization_id = ${ctx.orgId} AND type = ${type}`;
  return row!;
}

afterEach(() => {
  delete process.env.IMPORT_BATCH_ROWS;
});

describe("set-based event writes", () => {
  it("a bulk action writes one statement of events per batch", async () => {
    const { staff } = await makeOrgWithRoles();
    const ids = await makeCustomerRows(staff, 25);
    const outcome = await runBulkAction(
      staff,
      { action: "setStatus", params: { status: "inactive" }, ids },
      { batchSize: 10 },
    );
    expect("result" in outcome && outcome.result.updated).toBe(25);
    expect(await statementsOf(staff, "customer.updated")).toEqual({ events: 25, statements: 3 });
    const events = await db.event.findMany({ where: { organizationId: staff.orgId }, orderBy: { position: "asc" } });
    expect(new Set(events.map((e) => e.resourceId))).toEqual(new Set(ids));
    expect(events.every((e) => (e.payload as { changed: string[] }).changed.join() === "status")).toBe(true);
  });

  it("an import writes one statement of row events per batch, then import.completed", async () => {
    const { manager } = await makeOrgWithRoles();
    process.env.IMPORT_BATCH_ROWS = "10";
    const rows = Array.from({ length: 25 }, (_, i) => [uniq(`Imported ${i} `), `${uniq("row")}@example.test`]);
    const result = await importCsv(manager, csv([["Name", "Email"], ...rows]), { mode: "create" });
    expect(result.created).toBe(25);
    expect(await statementsOf(manager, "customer.created")).toEqual({ events: 25, statements: 3 });
    const completed = await db.event.findFirstOrThrow({
      where: { organizationId: manager.orgId, type: "import.completed" },
    });
    expect(completed.resourceId).toBe(result.id);
    expect(completed.payload).toMatchObject({ counts: { created: 25, failed: 0 } });
  });
});
