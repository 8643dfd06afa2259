// Imports written directly as rows, for the screens and queries that read them (the pipeline has its own tests).
import { db } from "@/lib/db";
import { uniq } from "./orgs";

/** A started import's row in the table, with `errors` failed rows (numbered from 2), written directly. */
export async function makeImportWithErrors(orgId: string, errors: number) {
  const file = await db.customerImport.create({
    data: {
      organizationId: orgId,
      filename: uniq("import-") + ".csv",
      byteSize: 1,
      chunkCount: 0,
      format: "csv",
      headers: ["Name"],
    },
  });
  await db.importRowIssue.createMany({
    data: Array.from({ length: errors }, (_, i) => ({
      importId: file.id,
      rowNumber: i + 2,
      severity: "error",
      messages: [{ column: "Name", message: "Name is required" }],
      cells: [""],
    })),
  });
  return file;
}
