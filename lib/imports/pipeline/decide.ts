import "server-only";
// For one batch: lock the customers its rows match, validate every row against what is stored, and
// decide create / update / unchanged / skip / fail — two queries for the whole batch, none per row.
import type { Tx } from "@/lib/db";
import type { Customer } from "@/lib/generated/prisma/client";
import {
  applyMapping,
  checkRow,
  matchKeyOf,
  type CheckedContact,
  type RowIssue,
  type StoredContact,
} from "@/lib/imports/check-row";
import { headersForPath } from "@/lib/imports/map/paths";
import type { CustomerData } from "@/lib/customers/schemas";
import type { ImportPlan, StagedRow } from "@/lib/imports/pipeline/types";
import { timed, timedSync } from "@/lib/imports/pipeline/timings";

const label = { accountNumber: "account number", email: "email" } as const;
const keyColumn = { accountNumber: "account_number", email: "email" } as const;

type ExistingCustomer = Customer & { contacts: StoredContact[] };

export type Decision =
  | {
      kind: "create" | "update";
      row: StagedRow;
      data: CustomerData;
      contact: CheckedContact | null;
      existing: ExistingCustomer | null;
      existingContact: StoredContact | null;
      /** Written with the row, which is imported all the same (a likely duplicate). */
      warnings?: RowIssue[];
    }
  | { kind: "unchanged"; row: StagedRow }
  | { kind: "skip" | "fail"; row: StagedRow; issues: RowIssue[] };

/** Locks (FOR UPDATE) and loads the organization's customers with these keys, with their live contacts. */
async function lockExisting(tx: Tx, plan: ImportPlan, keys: string[]): Promise<Map<string, ExistingCustomer>> {
  if (keys.length === 0) return new Map();
  const locked = await tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id::text AS id FROM customer WHERE organization_id = $1 AND merged_into_id IS NULL AND ${keyColumn[plan.matchOn]} = ANY($2::text[]::citext[])
     ORDER BY id FOR UPDATE`,
    plan.ctx.orgId,
    keys,
  );
  if (locked.length === 0) return new Map();
  const customers = await tx.customer.findMany({
    where: { id: { in: locked.map((row) => row.id) }, organizationId: plan.ctx.orgId },
    include: { contacts: { where: { deletedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  return new Map(customers.map((customer) => [String(customer[plan.matchOn]).toLowerCase(), customer]));
}

export async function decideBatch(tx: Tx, plan: ImportPlan, rows: StagedRow[]): Promise<Decision[]> {
  const mapped = timedSync("map cells", () => rows.map((row) => applyMapping(row.cells, plan.mapping, plan.formats)));
  const keys = mapped.map((m) => matchKeyOf(m, plan.matchOn));
  const wanted = [...new Set(keys.filter((k): k is string => k !== null))];
  const existing = await timed("lock and load matches", () => lockExisting(tx, plan, wanted));
  const keyHeader = headersForPath(plan.mapping, plan.matchOn).join(", ") || null;
  const decide = (row: StagedRow, i: number): Decision => {
    const key = keys[i] ?? null;
    const match = key ? (existing.get(key) ?? null) : null;
    const what = `${label[plan.matchOn]} ${key ?? ""}`.trim();
    if (!key && plan.mode !== "create") {
      return {
        kind: "fail",
        row,
        issues: [{ column: keyHeader, message: `The ${label[plan.matchOn]} is required to match existing customers` }],
      };
    }
    if (match && plan.mode === "create") {
      return {
        kind: "skip",
        row,
        issues: [
          {
            column: keyHeader,
            message: `A customer with ${what} already exists; create-only mode leaves it unchanged`,
          },
        ],
      };
    }
    if (!match && plan.mode === "update") {
      return {
        kind: "skip",
        row,
        issues: [{ column: keyHeader, message: `No customer has ${what}; update-only mode creates none` }],
      };
    }
    if (match?.archivedAt) {
      return {
        kind: "fail",
        row,
        issues: [{ column: keyHeader, message: `The customer with ${what} is archived; restore it before importing` }],
      };
    }
    const checked = checkRow(mapped[i]!, plan, match ? { customer: match, contacts: match.contacts } : null);
    if (!checked.ok) return { kind: "fail", row, issues: checked.issues };
    return {
      kind: match ? "update" : "create",
      row,
      data: checked.customer,
      contact: checked.contact,
      existing: match,
      existingContact: checked.existingContact,
    };
  };
  return timedSync("validate rows", () => rows.map(decide));
}
