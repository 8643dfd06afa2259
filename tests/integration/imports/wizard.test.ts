// What the wizard calls: the preview (rows as they will be stored, with the action and the reasons),
// mapping checks before a run, saved mappings, and one run per upload.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { createCustomer } from "@/lib/customers/mutations";
import { deleteImportMapping, saveImportMapping, startImport } from "@/lib/imports/mutations";
import { previewImport } from "@/lib/imports/preview";
import { listSavedMappings } from "@/lib/imports/queries";
import { ctxFor, makeOrg, makeOrgWithRoles, makeUser } from "@/tests/factories";
import { csv, upload } from "./helpers";

let manager: Ctx;
let staff: Ctx;
let outsider: Ctx;

beforeAll(async () => {
  ({ manager, staff } = await makeOrgWithRoles());
  const other = await makeOrg();
  outsider = ctxFor(other.id, (await makeUser(other.id, "admin")).id, "admin");
});

describe("import wizard", () => {
  it("previews the first rows as stored, with what would happen to each", async () => {
    await createCustomer(manager, { name: "Preview Existing", accountNumber: "P-1" });
    const file = await upload(
      manager,
      csv([
        ["Account Number", "Company", "Phone", "Country"],
        ["P-1", "Preview Existing", "(865) 555-0142", "US"],
        ["P-2", "Preview New", "", "us"],
        ["P-3", "", "", ""],
        ["P-2", "Preview New Again", "", ""],
      ]),
    );
    const rows = await previewImport(manager, file.id, {
      mapping: file.proposedMapping,
      mode: "upsert",
      matchOn: "accountNumber",
    });
    expect(rows.map((r) => [r.rowNumber, r.action])).toEqual([
      [2, "update"],
      [3, "skip"],
      [4, "fail"],
      [5, "create"],
    ]);
    expect(rows[0]!.customer).toMatchObject({ phone: "+18655550142", name: "Preview Existing" });
    expect(rows[1]!.issues).toEqual([
      {
        column: "Account Number",
        message:
          'The same account number appears again in row 5, which replaces this row; row 5 leaves out what this row has: Country "us"',
      },
    ]);
    expect(rows[3]!.customer).toMatchObject({ name: "Preview New Again", country: "US" });
    expect(rows[2]!.issues).toEqual([{ column: "Company", message: "Name is required" }]);
    const createOnly = await previewImport(manager, file.id, {
      mapping: file.proposedMapping,
      mode: "create",
      matchOn: "accountNumber",
    });
    expect(createOnly[0]).toMatchObject({
      action: "skip",
      issues: [{ message: expect.stringMatching(/already exists/) }],
    });
  });

  it("refuses a run whose mapping cannot work, and runs an upload only once", async () => {
    const file = await upload(
      manager,
      csv([
        ["Account Number", "City"],
        ["Q-1", "Reno"],
      ]),
    );
    await expect(
      startImport(manager, file.id, { mapping: file.proposedMapping, mode: "upsert" }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { mapping: [expect.stringMatching(/customer's name/)] },
    });
    const noKey = file.proposedMapping.map((m) => ({
      ...m,
      target: m.target === "accountNumber" ? ("ignore" as const) : m.target,
    }));
    await expect(startImport(manager, file.id, { mapping: noKey, mode: "update" })).rejects.toMatchObject({
      fieldErrors: { mapping: [expect.stringMatching(/account number to match/)] },
    });
    await startImport(manager, file.id, { mapping: file.proposedMapping, mode: "update" });
    await expect(
      startImport(manager, file.id, { mapping: file.proposedMapping, mode: "update" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      startImport(outsider, file.id, { mapping: file.proposedMapping, mode: "update" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("saves, lists and deletes named mappings per organization", async () => {
    const mapping = [{ column: 0, header: "Cust #", target: "accountNumber" as const }];
    const saved = await saveImportMapping(manager, { name: "QuickBooks", mapping });
    await expect(saveImportMapping(manager, { name: "QuickBooks", mapping })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { name: expect.any(Array) },
    });
    await expect(saveImportMapping(staff, { name: "Other", mapping })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await listSavedMappings(manager)).toEqual([
      expect.objectContaining({ id: saved.id, name: "QuickBooks", mapping }),
    ]);
    expect(await listSavedMappings(outsider)).toEqual([]);
    await expect(deleteImportMapping(outsider, saved.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteImportMapping(manager, saved.id);
    expect(await listSavedMappings(manager)).toEqual([]);
  });
});
