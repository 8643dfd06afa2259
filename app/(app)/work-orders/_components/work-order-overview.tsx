// The work order detail's cards: asset, customer (live record, plus "Billed as" when the snapshot
// differs), dates and people, and the description.
import type * as React from "react";
import Link from "next/link";

import { LocalDate } from "@/app/(app)/customers/_components/local-date";
import { formatPhone } from "@/app/(app)/customers/_components/format";
import type { WorkOrderDetail } from "@/lib/work-orders/queries";
import type { WorkOrderCustomerSnapshot } from "@/lib/work-orders/customer-resolution";
import { assetHref, assetLabel } from "@/lib/work-orders/format";
import { formatWorkOrderType } from "@/lib/work-orders/options";
import { cn } from "@/lib/utils";
import { DueDate } from "./due-date";

function Card({ title, children, className }: { title: string; children: React.ReactNode; className?: string }) {
  return (
    <section className={cn("rounded-xl border bg-card p-5 shadow-xs", className)}>
      <h2 className="mb-3 text-sm font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  const empty = children === null || children === undefined || children === "";
  return (
    <>
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{empty ? <span className="text-muted-foreground">—</span> : children}</dd>
    </>
  );
}

const List = ({ children }: { children: React.ReactNode }) => (
  <dl className="grid grid-cols-[minmax(7rem,auto)_1fr] gap-x-4 gap-y-2 text-sm">{children}</dl>
);

function addressLines(snapshot: WorkOrderCustomerSnapshot): string[] {
  const a = snapshot.billingAddress;
  const cityLine = [a.city, [a.region, a.postalCode].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  return [a.line1, a.line2, cityLine, a.country].filter((line): line is string => Boolean(line));
}

function CustomerCard({ workOrder }: { workOrder: WorkOrderDetail }) {
  const { customer, customerSnapshot: snapshot } = workOrder;
  if (!customer) return <Card title="Customer"><p className="text-sm text-muted-foreground">No customer.</p></Card>;
  const billedAsDiffers = snapshot !== null && snapshot.name !== customer.name;
  return (
    <Card title="Customer">
      <List>
        <Item label="Name">
          <Link href={`/customers/${customer.id}`} className="font-medium hover:underline">
            {customer.name}
          </Link>
        </Item>
        <Item label="Phone">{customer.phone ? <a href={`tel:${customer.phone}`}>{formatPhone(customer.phone)}</a> : null}</Item>
        <Item label="Email">{customer.email ? <a href={`mailto:${customer.email}`}>{customer.email}</a> : null}</Item>
        {snapshot ? (
          <Item label="Billed as">
            {billedAsDiffers ? <span className="block font-medium">{snapshot.name}</span> : null}
            {addressLines(snapshot).map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </Item>
        ) : null}
      </List>
    </Card>
  );
}

export function WorkOrderOverview({ workOrder: w }: { workOrder: WorkOrderDetail }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card title={w.asset.kind === "aircraft" ? "Aircraft" : "Vehicle"}>
        <List>
          <Item label={w.asset.kind === "aircraft" ? "Aircraft" : "Vehicle"}>
            <Link href={assetHref(w.asset)} className="font-medium hover:underline">
              {assetLabel(w.asset)}
            </Link>
          </Item>
          <Item label={w.asset.kind === "aircraft" ? "Serial number" : "VIN"}>
            {w.asset.kind === "aircraft" ? w.asset.serialNumber : w.asset.vin}
          </Item>
        </List>
      </Card>
      <CustomerCard workOrder={w} />
      <Card title="Details">
        <List>
          <Item label="Type">{formatWorkOrderType(w.type)}</Item>
          <Item label="Service center">{`${w.serviceCenter.code} · ${w.serviceCenter.name}`}</Item>
          <Item label="Lead technician">{w.leadTechnician?.name}</Item>
          <Item label="Due">{w.dueDate ? <DueDate date={w.dueDate} /> : null}</Item>
          <Item label="Created"><LocalDate date={w.createdAt} withTime /></Item>
          <Item label="Updated"><LocalDate date={w.updatedAt} withTime /></Item>
          {w.completedAt ? <Item label="Completed"><LocalDate date={w.completedAt} withTime /></Item> : null}
        </List>
      </Card>
      <Card title="Description / squawks">
        {w.description ? (
          <p className="text-sm whitespace-pre-wrap">{w.description}</p>
        ) : (
          <p className="text-sm text-muted-foreground">No description.</p>
        )}
      </Card>
    </div>
  );
}
