// Work order numbers: format, per-center sequences, and no duplicates when created at the same moment.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { formatWorkOrderNumber } from "@/lib/work-orders/numbering";
import { makeAssetRow, makeServiceCenter, rejectionOf } from "@/tests/factories";
import { openWorkOrder, setupShop } from "./helpers";

const { ctx, assetId } = await setupShop();

const sequenceOf = (number: string) => Number(/^[A-Z0-9]+?(\d{5})-\d{2}-\d{4}$/.exec(number)?.[1]);

describe("work order numbering", () => {
  it("formats code, 5-digit sequence and UTC month-year", () => {
    expect(formatWorkOrderNumber("KTYS", 1, new Date("2026-01-31T23:30:00-05:00"))).toBe("KTYS00001-02-2026");
    expect(formatWorkOrderNumber("KTYS", 42, new Date("2026-12-01T00:00:00Z"))).toBe("KTYS00042-12-2026");
    expect(formatWorkOrderNumber("EGLL", 123456, new Date("2025-07-04T12:00:00Z"))).toBe("EGLL123456-07-2025");
  });

  it("numbers each center's work orders from 1, independently", async () => {
    const a = await makeServiceCenter(ctx.owner.orgId);
    const b = await makeServiceCenter(ctx.owner.orgId);
    const first = await openWorkOrder(ctx.staff, { serviceCenterId: a.id, assetId });
    const second = await openWorkOrder(ctx.staff, { serviceCenterId: a.id, assetId });
    const other = await openWorkOrder(ctx.staff, { serviceCenterId: b.id, assetId });
    const now = new Date();
    const monthYear = `${String(now.getUTCMonth() + 1).padStart(2, "0")}-${now.getUTCFullYear()}`;
    expect(first.number).toBe(`${a.code}00001-${monthYear}`);
    expect(second.number).toBe(`${a.code}00002-${monthYear}`);
    expect(other.number).toBe(`${b.code}00001-${monthYear}`);
    expect([first.sequence, second.sequence, other.sequence]).toEqual([1, 2, 1]);
  });

  it("gives two work orders created at the same moment distinct sequential numbers", async () => {
    const center = await makeServiceCenter(ctx.owner.orgId);
    const created = await Promise.all(
      [1, 2].map(() => openWorkOrder(ctx.staff, { serviceCenterId: center.id, assetId })),
    );
    expect(created.map((w) => w.sequence).sort()).toEqual([1, 2]);
    expect(new Set(created.map((w) => w.number)).size).toBe(2);
  });

  it("gives twenty simultaneous work orders the numbers 1 to 20 exactly once", async () => {
    const center = await makeServiceCenter(ctx.owner.orgId);
    const assets = await Promise.all([1, 2, 3].map(() => makeAssetRow(ctx.owner.orgId)));
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        openWorkOrder(ctx.staff, {
          serviceCenterId: center.id,
          assetId: assets.map((a) => a.id)[i % 3] ?? "",
          withoutCustomer: true,
        }),
      ),
    );
    const sequences = created.map((w) => w.sequence).sort((x, y) => x - y);
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(created.map((w) => sequenceOf(w.number)).sort((x, y) => x - y)).toEqual(sequences);
    const stored = await db.serviceCenter.findUniqueOrThrow({ where: { id: center.id } });
    expect(stored.workOrderSeq).toBe(20);
  });

  it("refuses an inactive service center on serviceCenterId, and takes no number", async () => {
    const center = await makeServiceCenter(ctx.owner.orgId, { active: false });
    const { code, fieldErrors } = await rejectionOf(openWorkOrder(ctx.staff, { serviceCenterId: center.id, assetId }));
    expect(code).toBe("VALIDATION");
    expect(fieldErrors.serviceCenterId?.[0]).toMatch(/inactive/);
    expect((await db.serviceCenter.findUniqueOrThrow({ where: { id: center.id } })).workOrderSeq).toBe(0);
  });

  it("does not use up a number when the work order is refused", async () => {
    const center = await makeServiceCenter(ctx.owner.orgId);
    const refused = openWorkOrder(ctx.staff, { serviceCenterId: center.id, assetId, leadTechnicianId: "nobody" });
    expect((await rejectionOf(refused)).code).toBe("VALIDATION");
    expect((await openWorkOrder(ctx.staff, { serviceCenterId: center.id, assetId })).sequence).toBe(1);
  });
});
