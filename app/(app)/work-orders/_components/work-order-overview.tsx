// The work order detail's cards: asset, customer (live record, plus "Billed as" when the snapshot
// differs), dates and people, and the description.
import Link from "next/link";

import { DetailCard, DetailItem, DetailList } from "@/components/detail-section";
import { LocalDate } from "@/components/time";
import { formatPhone } from "@/lib/fields/phone";
import type { WorkOrderDetail } from "@/lib/work-orders/queries";
import type { WorkOrderCustomerSnapshot } from "@/lib/work-orders/customer-resolution";
import { assetHref, assetLabel } from "@/lib/assets/format";
import { formatWorkOrderType } from "@/lib/work-orders/options";
import { DueDate } from "./due-date";

function addressLines(snapshot: WorkOrderCustomerSnapshot): string[] {
  const a = snapshot.billingAddress;
  const cityLine = [a.city, [a.region, a.postalCode].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  return [a.line1, a.line2, cityLine, a.country].filter((line): line is string => Boolean(line));
}

function CustomerCard({ workOrder }: { workOrder: WorkOrderDetail }) {
  const { customer, customerSnapshot: snapshot } = workOrder;
  if (!customer)
    return (
      <DetailCard title="Customer">
        <p className="text-sm text-muted-foreground">No customer.</p>
      </DetailCard>
    );
  const billedAsDiffers = snapshot !== null && snapshot.name !== customer.name;
  return (
    <DetailCard title="Customer">
      <DetailList>
        <DetailItem label="Name">
          <Link href={`/customers/${customer.id}`} className="font-medium hover:underline">
            {customer.name}
          </Link>
        </DetailItem>
        <DetailItem label="Phone">
          {customer.phone ? <a href={`tel:${customer.phone}`}>{formatPhone(customer.phone)}</a> : null}
        </DetailItem>
        <DetailItem label="Email">
          {customer.email ? <a href={`mailto:${customer.email}`}>{customer.email}</a> : null}
        </DetailItem>
        {snapshot ? (
          <DetailItem label="Billed as">
            {billedAsDiffers ? <span className="block font-medium">{snapshot.name}</span> : null}
            {addressLines(snapshot).map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </DetailItem>
        ) : null}
      </DetailList>
    </DetailCard>
  );
}

export function WorkOrderOverview({ workOrder: w }: { workOrder: WorkOrderDetail }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <DetailCard title={w.asset.kind === "aircraft" ? "Aircraft" : "Vehicle"}>
        <DetailList>
          <DetailItem label={w.asset.kind === "aircraft" ? "Aircraft" : "Vehicle"}>
            <Link href={assetHref(w.asset)} className="font-medium hover:underline">
              {assetLabel(w.asset)}
            </Link>
          </DetailItem>
          <DetailItem label={w.asset.kind === "aircraft" ? "Serial number" : "VIN"}>
            {w.asset.kind === "aircraft" ? w.asset.serialNumber : w.asset.vin}
          </DetailItem>
        </DetailList>
      </DetailCard>
      <CustomerCard workOrder={w} />
      <DetailCard title="Details">
        <DetailList>
          <DetailItem label="Type">{formatWorkOrderType(w.type)}</DetailItem>
          <DetailItem label="Service center">{`${w.serviceCenter.code} · ${w.serviceCenter.name}`}</DetailItem>
          <DetailItem label="Lead technician">{w.leadTechnician?.name}</DetailItem>
          <DetailItem label="Due">{w.dueDate ? <DueDate date={w.dueDate} /> : null}</DetailItem>
          <DetailItem label="Created">
            <LocalDate date={w.createdAt} withTime />
          </DetailItem>
          <DetailItem label="Updated">
            <LocalDate date={w.updatedAt} withTime />
          </DetailItem>
          {w.completedAt ? (
            <DetailItem label="Completed">
              <LocalDate date={w.completedAt} withTime />
            </DetailItem>
          ) : null}
        </DetailList>
      </DetailCard>
      <DetailCard title="Description / squawks">
        {w.description ? (
          <p className="text-sm whitespace-pre-wrap">{w.description}</p>
        ) : (
          <p className="text-sm text-muted-foreground">No description.</p>
        )}
      </DetailCard>
    </div>
  );
}
