// Every foreign key to customer is one the merge handles: a new one fails here until it is added to
// lib/customers/merge/references.ts (and moved by the merge).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { customerReferences } from "@/lib/customers/merge/references";

describe("references to customer", () => {
  it("are exactly the ones the merge handles", async () => {
    const rows = await db.$queryRaw<{ ref: string }[]>`
      SELECT DISTINCT kcu.table_name || '.' || kcu.column_name AS ref
      FROM information_schema.referential_constraints rc
      JOIN information_schema.key_column_usage kcu
        ON kcu.constraint_name = rc.constraint_name AND kcu.constraint_schema = rc.constraint_schema
      JOIN information_schema.constraint_column_usage ccu
        ON ccu.constraint_name = rc.unique_constraint_name AND ccu.constraint_schema = rc.unique_constraint_schema
      WHERE ccu.table_name = 'customer' AND kcu.table_schema = current_schema()
      ORDER BY ref`;
    expect(rows.map((row) => row.ref)).toEqual(Object.keys(customerReferences).sort());
  });
});
