// A short list of work orders for another record's tab: number, what/who, status, due and created.
import Link from "next/link";
import { PlusIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { SimpleTable } from "@/components/simple-table";
import { TableCell, TableRow } from "@/components/ui/table";
import type { WorkOrderListResult } from "@/lib/work-orders/queries";
import { assetHref, assetLabel } from "@/lib/assets/format";
import { LocalDate } from "@/components/time";
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
          columns={["Number", show === "asset" ? "Aircraft / vehicle" : "Customer", "Status", "Due", "Created"]}
        >
          {result.rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell>
                <Link href={`/work-orders/${row.id}`} className="font-mono text-xs font-medium hover:underline">
                  {row.number}
                </Link>
              </TableCell>
              <TableCell>
                {show === "asset" ? (
                  <Link href={assetHref(row.asset)} className="hover:underline">
                    {assetLabel(row.asset)}
                  </Link>
                ) : row.customer ? (
                  <Link href={`/customers/${row.customer.id}`} className="hover:underline">
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
                <DueDate date={row.dueDate} />
              </TableCell>
              <TableCell>
                <LocalDate date={row.createdAt} />
              </TableCell>
            </TableRow>
          ))}
        </SimpleTable>
      ) : null}
    </section>
  );
}
