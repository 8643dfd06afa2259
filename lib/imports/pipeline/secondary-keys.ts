import "server-only";
// A row may match on one unique key (say the account number) and carry the other (the email): that
// one must not belong to another customer, nor to an earlier row of the batch. One query per batch; a
// holder that an earlier row of this import wrote is named by that row, whichever batch wrote it.
import type { Tx } from "@/lib/db";
import { headersForPath } from "@/lib/imports/map/paths";
import type { Decision } from "@/lib/imports/pipeline/decide";
import type { ImportPlan } from "@/lib/imports/pipeline/types";

const other = { accountNumber: "email", email: "accountNumber" } as const;
const columnOf = { accountNumber: "account_number", email: "email" } as const;
const labels = { accountNumber: "Account number", email: "Email" } as const;

export async function rejectTakenSecondaryKeys(tx: Tx, plan: ImportPlan, decisions: Decision[]): Promise<Decision[]> {
  const field = other[plan.matchOn];
  const valueOf = (d: Decision) =>
    d.kind === "create" || d.kind === "update" ? (d.data[field]?.toLowerCase() ?? null) : null;
  const values = [...new Set(decisions.map(valueOf).filter((v): v is string => v !== null))];
  if (values.length === 0) return decisions;
  const holders = await tx.$queryRawUnsafe<{ id: string; value: string; row: number | null }[]>(
    `SELECT c.id::text AS id, lower(c.${columnOf[field]}::text) AS value, r.row_number AS row FROM customer c
     LEFT JOIN import_row_result r ON r.import_id = $3::uuid AND r.customer_id = c.id
     WHERE c.organization_id = $1 AND c.merged_into_id IS NULL AND c.${columnOf[field]} = ANY($2::text[]::citext[])`,
    plan.ctx.orgId,
    values,
    plan.importId,
  );
  const owner = new Map(holders.map((h) => [h.value, { id: h.id, row: h.row }]));
  const header = headersForPath(plan.mapping, field).join(", ") || null;
  return decisions.map((d) => {
    const value = valueOf(d);
    if (value === null || (d.kind !== "create" && d.kind !== "update")) return d;
    const self = d.existing?.id ?? `row:${d.row.rowNumber}`;
    const holder = owner.get(value);
    if (holder !== undefined && holder.id !== self) {
      const message = `${labels[field]} ${value} already belongs to another customer${holder.row !== null ? ` (row ${holder.row} of this file)` : ""}`;
      return { kind: "fail", row: d.row, issues: [{ column: header, message }] };
    }
    owner.set(value, { id: self, row: d.row.rowNumber });
    return d;
  });
}
