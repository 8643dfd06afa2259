"use client";
// The organization's customer tiers by level: swatch, name, discount, benefits, customers; managers edit and delete.
import { use } from "react";
import { showFromClass } from "@/components/data-table/responsive";
import { SimpleTable } from "@/components/simple-table";
import { TableCell, TableRow } from "@/components/ui/table";
import type { TierRow } from "@/lib/tiers/queries";
import { TierBadge } from "@/app/(app)/customers/_components/tier/tier-badge";
import { DeleteTierDialog } from "./delete-tier-dialog";
import { TierDialog } from "./tier-dialog";

export function TiersTable({ tiers, canManage }: { tiers: Promise<TierRow[]>; canManage: boolean }) {
  const rows = use(tiers);

  return (
    <SimpleTable
      caption="Customer tiers"
      columns={[
        { label: "Level", className: showFromClass.sm },
        "Tier",
        { label: "Discount", className: "text-right" },
        { label: "Benefits", className: showFromClass.lg },
        { label: "Customers", className: `text-right ${showFromClass.sm}` },
      ]}
      actions={canManage}
      empty={
        rows.length === 0
          ? `No tiers yet.${canManage ? " Add one, such as Gold with a 10% discount." : " Ask a manager to add some."}`
          : undefined
      }
    >
      {rows.map((tier) => (
        <TableRow key={tier.id}>
          <TableCell className={`tabular-nums ${showFromClass.sm}`}>{tier.level}</TableCell>
          <TableCell>
            <TierBadge tier={tier} />
          </TableCell>
          <TableCell className="text-right tabular-nums">{tier.discountPercent}%</TableCell>
          <TableCell
            className={`max-w-80 truncate text-sm text-muted-foreground ${showFromClass.lg}`}
            title={tier.benefits ?? undefined}
          >
            {tier.benefits ?? "—"}
          </TableCell>
          <TableCell className={`text-right tabular-nums ${showFromClass.sm}`}>{tier.customerCount}</TableCell>
          {canManage ? (
            <TableCell className="flex justify-end gap-2">
              <TierDialog mode={{ kind: "edit", tier }} />
              <DeleteTierDialog tier={tier} others={rows.filter((other) => other.id !== tier.id)} />
            </TableCell>
          ) : null}
        </TableRow>
      ))}
    </SimpleTable>
  );
}
