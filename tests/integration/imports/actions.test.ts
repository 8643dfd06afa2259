// The import server actions as the wizard calls them (session stubbed, data layer real): start, poll,
// cancel, undo, saved mappings; errors come back as `{ error }` with the mapping messages.
import { describe, expect, it, vi } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { runPendingJobs } from "@/lib/jobs";
import { csv, upload } from "./helpers";
import { makeOrgWithRoles } from "@/tests/factories";

const session = vi.hoisted(() => ({ ctx: null as Ctx | null }));
vi.mock("@/lib/auth/session", () => ({
  requireCtx: async () => {
    if (!session.ctx) throw new Error("no session");
    return session.ctx;
  },
}));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));

const actions = await import("@/lib/imports/actions");

const { manager, staff } = await makeOrgWithRoles();

describe("import actions", () => {
  it("start, poll, undo, and revalidate the import page", async () => {
    session.ctx = manager;
    const file = await upload(
      manager,
      csv([
        ["Account Number", "Company"],
        ["ACT-1", "Action Air"],
      ]),
    );
    const started = await actions.startImportAction({
      id: file.id,
      mapping: file.proposedMapping,
      mode: "upsert",
      matchOn: "accountNumber",
    });
    expect(started).toMatchObject({ data: { status: "queued" } });
    expect(revalidatePath).toHaveBeenCalledWith(`/customers/imports/${file.id}`);
    await runPendingJobs({ limit: 5 });
    expect(await actions.getImportAction({ id: file.id })).toMatchObject({ data: { status: "completed", created: 1 } });
    expect(await actions.cancelImportAction({ id: file.id })).toMatchObject({ error: { code: "CONFLICT" } });
    expect(await actions.undoImportAction({ id: file.id })).toMatchObject({ data: { status: "undoing" } });
  });

  it("returns mapping problems as field errors, and refuses staff", async () => {
    session.ctx = manager;
    const file = await upload(manager, csv([["City"], ["Reno"]]));
    const result = await actions.startImportAction({
      id: file.id,
      mapping: file.proposedMapping,
      mode: "create",
      matchOn: "accountNumber",
    });
    expect(result).toMatchObject({
      error: { code: "VALIDATION", fieldErrors: { mapping: [expect.stringMatching(/customer's name/)] } },
    });
    session.ctx = staff;
    expect(await actions.saveImportMappingAction({ name: "Mine", mapping: [] })).toMatchObject({
      error: { code: "FORBIDDEN" },
    });
  });

  it("saves and deletes a mapping", async () => {
    session.ctx = manager;
    const saved = await actions.saveImportMappingAction({
      name: "ERP",
      mapping: [{ column: 0, header: "No", target: "accountNumber" }],
    });
    expect(saved).toMatchObject({ data: { name: "ERP" } });
    const id = "data" in saved ? saved.data.id : "";
    expect(await actions.deleteImportMappingAction({ id })).toEqual({ data: { id } });
    expect(await actions.deleteImportMappingAction({ id })).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});
