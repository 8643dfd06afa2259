// A short list of work orders for another record's tab: number, what/who, status, due (overdue ones say so)
// and created. On a phone it keeps the number, status and due date; the rest is on the work order.
import Link from "next/link";
import { PlusIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { SimpleTable } from "@/components/simple-table";
import { TableCell, TableRow } from "@/components/ui/table";
import type { WorkOrderListResult } from "@/lib/work-orders/queries";
import { assetHref, assetLabel } from "@/lib/assets/format";
import { LocalDate } from "@/components/time";
import { showFromClass } from "@/components/data-table/responsive";
import { isWorkOrderOverdue } from "@/lib/work-orders/overdue";
import { DueDate } from "./due-date";
import { WorkOrderStatusBadge } from "./work-order-badges";

type CompactWorkOrderListProps = {
  result: WorkOrderListResult;
  /** Which related record each row names: the asset on a customer's tab, the customer on an asset's. */
  show: "asset" | "customer";
  newHref: string | null;
  allHref: string;
};

export function CompactWorkOrderList({ result, show, newHref, allHref }: CompactWorkOrderListProps) {
  return (
    <section aria-label="Work orders" className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm text-muted-foreground">
          {result.total === 0 ? "No work orders yet." : `${result.total.toLocaleString("en-US")} work orders`}
          {result.total > result.rows.length ? (
            <>
              {" · "}
              <Link href={allHref} className="font-medium underline underline-offset-4">
                See all
              </Link>
            </>
          ) : null}
        </p>
        {newHref ? (
          <Button asChild size="sm">
            <Link href={newHref}>
              <PlusIcon aria-hidden="true" />
              New work order
            </Link>
          </Button>
        ) : null}
      </div>
      {result.rows.length > 0 ? (
        <SimpleTable
          caption="Work orders"
          columns={[
            "Number",
            { label: show === "asset" ? "Aircraft / vehicle" : "Customer", className: showFromClass.sm },
            "Status",
            "Due",
            { label: "Created", className: showFromClass.md },
          ]}
        >
          {result.rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell>
                <Link href={`/work-orders/${row.id}`} className="font-mono text-xs font-medium hover:underline">
                  {row.number}
                </Link>
              </TableCell>
              <TableCell className={showFromClass.sm}>
                {show === "asset" ? (
                  <Link href={assetHref(row.asset)} className="block max-w-64 truncate hover:underline">
                    {assetLabel(row.asset)}
                  </Link>
                ) : row.customer ? (
                  <Link href={`/customers/${row.customer.id}`} className="block max-w-64 truncate hover:underline">
                    {row.customer.name}
                  </Link>
                ) : (
                  <span className="text-muted-foreground">—</span>
                )}
              </TableCell>
              <TableCell>
                <WorkOrderStatusBadge status={row.status} />
              </TableCell>
              <TableCell>
                <DueDate date={row.dueDate} overdue={isWorkOrderOverdue(row, result.today)} />
              </TableCell>
              <TableCell className={showFromClass.md}>
                <LocalDate date={row.createdAt} />
              </TableCell>
            </TableRow>
          ))}
        </SimpleTable>
      ) : null}
    </section>
  );
}
