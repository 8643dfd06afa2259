// Importing "Customer since": proposed from ERP headers, validated by the customer schema, no false
// changes on a re-import of the same day, and undo putting the stored day back.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCustomer } from "@/lib/customers/mutations";
import { listImportIssues } from "@/lib/imports/queries";
import { undoImport } from "@/lib/imports/mutations";
import { getImport } from "@/lib/imports/queries";
import { runPendingJobs } from "@/lib/jobs";
import { makeOrgWithRoles } from "@/tests/factories";
import { csv, importCsv, upload } from "./helpers";

const { manager } = await makeOrgWithRoles();

const sinceOf = async (accountNumber: string) =>
  (
    await db.customer.findFirstOrThrow({ where: { organizationId: manager.orgId, accountNumber } })
  ).customerSince?.toISOString() ?? null;

describe("importing customer since", () => {
  it("proposes it for the headers ERP exports use", async () => {
    const headers = ["Account", "Company", "Customer Since", "Created on", "CreateDate", "Date Created", "Since"];
    const uploaded = await upload(manager, csv([headers, ["S-0", "Acme", "", "", "", "", ""]]));
    expect(uploaded.proposedMapping.map((m) => [m.header, m.target])).toEqual([
      ["Account", "accountNumber"],
      ["Company", "company"],
      ["Customer Since", "customerSince"],
      // One column per target: the first one wins, the others are left for the user to choose.
      ["Created on", "ignore"],
      ["CreateDate", "ignore"],
      ["Date Created", "ignore"],
      ["Since", "ignore"],
    ]);
  });

  it("stores YYYY-MM-DD cells and reports others on their row and column", async () => {
    const result = await importCsv(
      manager,
      csv([
        ["Account Number", "Company", "Created on"],
        ["S-1", "Since One", "2019-04-01"],
        ["S-2", "Since Two", ""],
        ["S-3", "Since Three", "2019-02-30"],
      ]),
    );
    expect(result).toMatchObject({ created: 2, failed: 1 });
    expect(await sinceOf("S-1")).toBe("2019-04-01T00:00:00.000Z");
    expect(await sinceOf("S-2")).toBeNull();
    const issues = await listImportIssues(manager, result.id);
    expect(issues.rows).toMatchObject([
      { rowNumber: 4, messages: [{ column: "Created on", message: "2019-02-30 is not a day on the calendar" }] },
    ]);
  });

  it("skips a re-import of the same day as unchanged, records a new day as YYYY-MM-DD, and undo puts it back", async () => {
    const stored = await createCustomer(manager, {
      name: "Since Kept",
      accountNumber: "S-10",
      customerSince: "2015-06-30",
    });
    const header = ["Account Number", "Company", "Customer Since"];
    const same = await importCsv(manager, csv([header, ["S-10", "Since Kept", "2015-06-30"]]), { mode: "update" });
    expect(same).toMatchObject({ updated: 0, skipped: 1, failed: 0 });

    const changed = await importCsv(manager, csv([header, ["S-10", "Since Kept", "2016-01-15"]]), { mode: "update" });
    expect(changed).toMatchObject({ updated: 1, failed: 0 });
    expect(await sinceOf("S-10")).toBe("2016-01-15T00:00:00.000Z");
    const entry = await db.activity.findFirstOrThrow({
      where: { customerId: stored.id, action: "updated" },
      orderBy: { createdAt: "desc" },
    });
    expect(entry.changes).toEqual({ customerSince: { from: "2015-06-30", to: "2016-01-15" } });

    await undoImport(manager, changed.id);
    await runPendingJobs({ limit: 5 });
    expect(await getImport(manager, changed.id)).toMatchObject({ undo: { status: "completed", restored: 1 } });
    expect(await sinceOf("S-10")).toBe("2015-06-30T00:00:00.000Z");
    const reverted = await db.activity.findFirstOrThrow({ where: { customerId: stored.id, action: "reverted" } });
    expect(reverted.changes).toEqual({ customerSince: { from: "2016-01-15", to: "2015-06-30" } });
  });
});
