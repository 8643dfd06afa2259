// The wizard's own server pieces: the sample rows next to each column (read back from the stored
// file, spreadsheet row numbers, the upload's encoding and delimiter) and the preview action as the
// browser calls it (session stubbed, data layer real; errors as `{ error }`, nothing written).
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { readImportSample } from "@/lib/imports/sample";
import { makeOrgWithRoles } from "@/tests/factories";
import { upload } from "./helpers";

const session = vi.hoisted(() => ({ ctx: null as Ctx | null }));
vi.mock("@/lib/auth/session", () => ({
  requireCtx: async () => {
    if (!session.ctx) throw new Error("no session");
    return session.ctx;
  },
}));

const { previewImportAction } = await import("@/lib/imports/wizard-actions");

let ctx: Record<Role, Ctx>;
let other: Record<Role, Ctx>;

beforeAll(async () => {
  ({ ctx } = await makeOrgWithRoles());
  ({ ctx: other } = await makeOrgWithRoles());
});

describe("readImportSample", () => {
  it("reads the stored file back with its encoding and delimiter, counting blank lines like a spreadsheet", async () => {
    const text = "Name;City\r\nMüller GmbH;Köln\r\n\r\nCafé Bleu;Zürich\r\nThird;Bern\r\n";
    const uploaded = await upload(ctx.manager, iconv.encode(text, "windows-1252"));
    expect(uploaded).toMatchObject({ encoding: "windows-1252", delimiter: ";" });
    expect(await readImportSample(ctx.manager, uploaded.id, 2)).toEqual([
      { rowNumber: 2, cells: ["Müller GmbH", "Köln"] },
      { rowNumber: 4, cells: ["Café Bleu", "Zürich"] },
    ]);
  });

  it("is for managers and above of the import's organization only", async () => {
    const uploaded = await upload(ctx.admin, "Name\nAcme\n");
    await expect(readImportSample(ctx.staff, uploaded.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(readImportSample(other.owner, uploaded.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("previewImportAction", () => {
  it("shows what the run would do with each row and writes nothing", async () => {
    const account = `ERP-${Date.now()}`;
    const uploaded = await upload(ctx.manager, `Company,Kundennr,Email\nAcme Air,${account},ops@acme.test\nBad Co,X-2,nope\n`);
    const mapping = uploaded.proposedMapping.map((entry) =>
      entry.header === "Kundennr" ? { ...entry, target: "accountNumber" as const } : entry,
    );
    session.ctx = ctx.manager;
    const before = await db.customer.count({ where: { organizationId: ctx.manager.orgId } });
    const result = await previewImportAction({ id: uploaded.id, mapping, mode: "upsert", matchOn: "accountNumber" });
    expect("data" in result && result.data).toMatchObject([
      { rowNumber: 2, action: "create", customer: { name: "Acme Air", accountNumber: account, kind: "company" } },
      { rowNumber: 3, action: "fail", issues: [{ column: "Email", message: "Enter a valid email address" }] },
    ]);
    expect(await db.customer.count({ where: { organizationId: ctx.manager.orgId } })).toBe(before);
  });

  it("answers a mapping that cannot run with its reasons, and staff with FORBIDDEN", async () => {
    const uploaded = await upload(ctx.manager, "Email\nops@acme.test\n");
    session.ctx = ctx.manager;
    const result = await previewImportAction({ id: uploaded.id, mapping: uploaded.proposedMapping, mode: "create" });
    expect("error" in result && result.error).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { mapping: [expect.stringMatching(/customer's name/)] },
    });
    session.ctx = ctx.staff;
    const refused = await previewImportAction({ id: uploaded.id, mapping: uploaded.proposedMapping, mode: "create" });
    expect("error" in refused && refused.error.code).toBe("FORBIDDEN");
  });
});
