// The preview tells the truth: for every previewed row, the action and messages it shows are what the run
// then does to that row (created, updated, left unchanged, skipped with a warning, failed with errors) —
// on files with repeated keys, invalid rows, blank keys, existing customers in every mode, second-key
// clashes, runs of several batches, and previews shorter than the file.
import { afterEach, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { archiveCustomer } from "@/lib/customers/mutations";
import { db } from "@/lib/db";
import { runPendingJobs } from "@/lib/jobs";
import { startImport } from "@/lib/imports/mutations";
import { previewImport } from "@/lib/imports/preview";
import { getImport } from "@/lib/imports/queries";
import type { ImportRunInput } from "@/lib/imports/schemas";
import { makeCustomer, makeOrgWithRoles } from "@/tests/factories";
import { csv, upload } from "./helpers";

type Outcome = { row: number; action: string; issues: { column: string | null; message: string }[] };

/** What the run did to each row, read from what it recorded: results (created/updated) and issues. */
async function runOutcomes(importId: string, rows: number[]): Promise<Outcome[]> {
  const [results, issues] = await Promise.all([
    db.importRowResult.findMany({ where: { importId }, select: { rowNumber: true, action: true } }),
    db.importRowIssue.findMany({ where: { importId }, select: { rowNumber: true, severity: true, messages: true } }),
  ]);
  const result = new Map(results.map((r) => [r.rowNumber, r.action]));
  const issue = new Map(issues.map((i) => [i.rowNumber, i]));
  return rows.map((row): Outcome => {
    const done = result.get(row);
    const found = issue.get(row);
    if (done) return { row, action: done === "created" ? "create" : "update", issues: [] };
    if (found) {
      const messages = found.messages as Outcome["issues"];
      return { row, action: found.severity === "error" ? "fail" : "skip", issues: messages };
    }
    return { row, action: "unchanged", issues: [] };
  });
}

/** Previews `limit` rows, runs the import, and returns both side by side, row by row. */
async function previewThenRun(ctx: Ctx, text: string, run: Omit<ImportRunInput, "mapping">, limit = 1000) {
  const file = await upload(ctx, text);
  const input = { mapping: file.proposedMapping, ...run };
  const customersBefore = await db.customer.count({ where: { organizationId: ctx.orgId } });
  const preview = await previewImport(ctx, file.id, input, limit);
  // The preview wrote nothing, even when it decided several batches.
  expect(await db.customer.count({ where: { organizationId: ctx.orgId } })).toBe(customersBefore);
  expect(await db.importRowResult.count({ where: { importId: file.id } })).toBe(0);
  await startImport(ctx, file.id, input);
  await runPendingJobs({ limit: 10 });
  expect(await getImport(ctx, file.id)).toMatchObject({ status: "completed" });
  const previewed: Outcome[] = preview.map((r) => ({ row: r.rowNumber, action: r.action, issues: r.issues }));
  const ran = await runOutcomes(
    file.id,
    preview.map((r) => r.rowNumber),
  );
  return { preview: previewed, run: ran, importId: file.id };
}

const header = ["Account Number", "Company", "Email", "Phone", "Tags", "Country"];

/** A small seeded generator, so a failing file can be rebuilt from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
}

describe("the preview shows what the run does", () => {
  afterEach(() => {
    delete process.env.IMPORT_BATCH_ROWS;
  });

  it("repeats (the last wins, also when it is invalid), invalid rows, blank keys, existing customers, upsert", async () => {
    const { manager } = await makeOrgWithRoles();
    await makeCustomer(manager, { name: "Existing Co", accountNumber: "X-1", email: "x1@pe.example" });
    await makeCustomer(manager, { name: "Same Co", accountNumber: "U-1" });
    await makeCustomer(manager, { name: "Holder Co", accountNumber: "H-1", email: "taken@pe.example" });
    const archived = await makeCustomer(manager, { name: "Gone Co", accountNumber: "G-1" });
    await archiveCustomer(manager, archived.id);
    const text = csv([
      header,
      ["A-1", "Acme", "acme@pe.example", "+49 30 1234", "Aviation", "DE"], // 2: superseded by 7
      ["B-1", "Bravo", "bravo@pe.example", "", "", "US"], // 3: superseded by 6, which is invalid
      ["", "No Key Co", "", "", "", ""], // 4: blank key, upsert needs one
      ["C-1", "", "", "", "", ""], // 5: no name
      ["B-1", "Bravo", "not-an-email", "", "", ""], // 6: the last B-1, invalid
      ["A-1", "Acme GmbH", "acme@pe.example", "", "", "DE"], // 7: the last A-1
      ["X-1", "Existing Co Renamed", "", "", "", ""], // 8: update
      ["U-1", "Same Co", "", "", "", ""], // 9: unchanged
      ["N-1", "New One", "taken@pe.example", "", "", ""], // 10: email of another customer
      ["E-1", "Shared One", "shared@pe.example", "", "", ""], // 11
      ["E-2", "Shared Two", "shared@pe.example", "", "", ""], // 12: email of row 11
      ["G-1", "Gone Co", "", "", "", ""], // 13: archived
      ["D-1", "Delta", "", "", "VIP", ""], // 14: superseded by 16
      ["d-1", "Delta", "", "+1 865 555 0142", "", ""], // 15: superseded by 16
      ["D-1", "Delta", "", "", "", ""], // 16
    ]);
    const { preview, run } = await previewThenRun(manager, text, { mode: "upsert", matchOn: "accountNumber" });
    expect(preview).toEqual(run);
    expect(preview.map((r) => r.action)).toEqual([
      ...["skip", "skip", "fail", "fail", "fail", "create", "update", "unchanged"],
      ...["fail", "create", "fail", "fail", "skip", "skip", "create"],
    ]);
    expect(preview[0]!.issues).toEqual([
      {
        column: "Account Number",
        message:
          'The same account number appears again in row 7, which replaces this row; row 7 leaves out what this row has: Phone "+49 30 1234", Tags "Aviation"',
      },
    ]);
    expect(preview[1]!.issues[0]!.message).toBe(
      'The same account number appears again in row 6, which replaces this row; row 6 leaves out what this row has: Country "US"',
    );
    expect(preview[4]!.issues).toEqual([{ column: "Email", message: expect.stringMatching(/email/i) }]);
    expect(preview[10]!.issues[0]!.message).toBe(
      "Email shared@pe.example already belongs to another customer (row 11 of this file)",
    );
    expect(preview[12]!.issues[0]!.message).toMatch(/appears again in row 16, .*Tags "VIP"$/);
    expect(preview[13]!.issues[0]!.message).toMatch(/appears again in row 16, .*Phone "\+1 865 555 0142"$/);
  });

  it.each(["create", "update"] as const)("existing customers and blank keys in %s mode", async (mode) => {
    const { manager } = await makeOrgWithRoles();
    await makeCustomer(manager, { name: "Existing Co", accountNumber: "X-1" });
    await makeCustomer(manager, { name: "Other Co", accountNumber: "X-2", email: "x2@pe.example" });
    const text = csv([
      header,
      ["X-1", "Existing Co Renamed", "", "", "", ""],
      ["", "No Key One", "", "", "", ""],
      ["", "No Key Two", "", "", "", ""],
      ["Z-1", "New Co", "x2@pe.example", "", "", ""],
      ["Z-2", "Newer Co", "", "", "", ""],
      ["X-1", "Existing Co Again", "", "", "Later", ""],
    ]);
    const { preview, run } = await previewThenRun(manager, text, { mode, matchOn: "accountNumber" });
    expect(preview).toEqual(run);
    expect(preview.map((r) => r.action)).toEqual(
      mode === "create"
        ? ["skip", "create", "create", "fail", "create", "skip"]
        : ["skip", "fail", "fail", "skip", "skip", "update"],
    );
  });

  it("matching on email, with an account number that belongs to another customer", async () => {
    const { manager } = await makeOrgWithRoles();
    await makeCustomer(manager, { name: "Mail Co", accountNumber: "M-1", email: "mail@pe.example" });
    await makeCustomer(manager, { name: "Owner Co", accountNumber: "O-1", email: "owner@pe.example" });
    const text = csv([
      [...header, "Notes"],
      ["M-9", "Mail Co", "MAIL@pe.example", "", "", "", `Long ${"n".repeat(95)}`],
      ["O-1", "Thief Co", "thief@pe.example", "", "", ""],
      ["", "Blank Mail", "", "", "", ""],
      ["M-2", "Mail Co", "mail@pe.example", "", "", ""],
    ]);
    const { preview, run } = await previewThenRun(manager, text, { mode: "upsert", matchOn: "email" });
    expect(preview).toEqual(run);
    expect(preview.map((r) => r.action)).toEqual(["skip", "fail", "fail", "update"]);
    // A long cell is cut short in the warning.
    expect(preview[0]!.issues[0]!.message).toBe(
      `The same email appears again in row 5, which replaces this row; row 5 leaves out what this row has: Notes "Long ${"n".repeat(74)}…"`,
    );
  });

  it("follows the run's batches: a later batch sees what an earlier one wrote", async () => {
    process.env.IMPORT_BATCH_ROWS = "2";
    const { manager } = await makeOrgWithRoles();
    await makeCustomer(manager, { name: "Kilo Co", accountNumber: "K-1", email: "old@pe.example" });
    const text = csv([
      header,
      ["K-1", "Kilo Co", "new@pe.example", "", "", ""], // batch 1: frees old@
      ["N-1", "November", "other@pe.example", "", "", ""], // batch 1
      ["N-2", "Oscar", "old@pe.example", "", "", ""], // batch 2: old@ is free by now
      ["N-3", "Papa", "other@pe.example", "", "", ""], // batch 2: row 3's customer has it
      ["N-4", "Quebec", "papa@pe.example", "", "", ""], // batch 3
    ]);
    const { preview, run } = await previewThenRun(manager, text, { mode: "upsert", matchOn: "accountNumber" });
    expect(preview).toEqual(run);
    expect(preview.map((r) => r.action)).toEqual(["update", "create", "create", "fail", "create"]);
    // Written by an earlier batch, the holder is still named by its row.
    expect(preview[3]!.issues[0]!.message).toBe(
      "Email other@pe.example already belongs to another customer (row 3 of this file)",
    );
  });

  it("a preview shorter than the file knows the rows repeated beyond it", async () => {
    const { manager } = await makeOrgWithRoles();
    const rows = [
      ["L-1", "Lima", "lima@pe.example", "+1 865 555 0100", "", ""],
      ["L-2", "Mike", "", "", "", ""],
      ["L-3", "", "", "", "", ""],
      ...Array.from({ length: 8 }, (_, i) => [`F-${i}`, `Filler ${i}`, "", "", "", ""]),
      ["L-1", "Lima Again", "lima@pe.example", "", "", ""],
    ];
    const { preview, run } = await previewThenRun(manager, csv([header, ...rows]), { mode: "upsert" }, 3);
    expect(preview).toEqual(run);
    expect(preview.map((r) => [r.row, r.action])).toEqual([
      [2, "skip"],
      [3, "create"],
      [4, "fail"],
    ]);
    expect(preview[0]!.issues[0]!.message).toBe(
      'The same account number appears again in row 13, which replaces this row; row 13 leaves out what this row has: Phone "+1 865 555 0100"',
    );
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])("on a generated file (seed %i)", async (seed) => {
    const pick = random(seed);
    process.env.IMPORT_BATCH_ROWS = String(pick([2, 3, 1000]));
    const { manager } = await makeOrgWithRoles();
    for (let i = 0; i < 6; i++)
      await makeCustomer(manager, { name: `Gen ${i}`, accountNumber: `G-${i}`, email: `g${i}@pe.example` });
    const gone = await makeCustomer(manager, { name: "Gen Gone", accountNumber: "G-9", email: "g9@pe.example" });
    await archiveCustomer(manager, gone.id);
    const accounts = [...Array.from({ length: 24 }, (_, i) => `G-${i}`), "G-9", "g-2", ""];
    const emails = [...Array.from({ length: 24 }, (_, i) => `g${i}@pe.example`), "", "", "", "not-an-email"];
    const rows = Array.from({ length: 24 }, () => [
      pick(accounts),
      pick(["Gen 0", "Gen 1", "Gen Co", "Gen Co", "Gen Co", "Gen Co", "Gen Co", ""]),
      pick(emails),
      pick(["", "", "", "", "", "+1 865 555 0101", "+1 865 555 0102", "12"]),
      pick(["", "", "VIP", "Aviation, Fleet"]),
      pick(["", "", "", "US", "US", "DE", "DE", "XX"]),
    ]);
    const run = {
      mode: pick(["create", "update", "upsert"] as const),
      matchOn: pick(["accountNumber", "email"] as const),
    };
    const { preview, run: ran } = await previewThenRun(manager, csv([header, ...rows]), run, pick([6, 1000, 1000]));
    expect(preview).toEqual(ran);
  });
});
