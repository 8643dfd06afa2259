// The detail page's Details tab: the asset's fields for its kind, what its VIN decodes to, and the audit record.
import type * as React from "react";

import { LocalDate } from "@/app/(app)/customers/_components/local-date";
import { formatAircraftClass, formatFuelCode, formatHours, formatMileage } from "@/lib/assets/format";
import type { AssetDetail, UserRef } from "@/lib/assets/queries";
import { decodeVin } from "@/lib/assets/vin-decode";
import { cn } from "@/lib/utils";
import { ActiveBadge } from "./asset-badges";

function DetailSection({ title, children, className }: { title: string; children: React.ReactNode; className?: string }) {
  return (
    <section className={cn("rounded-xl border bg-card p-5 shadow-xs", className)}>
      <h2 className="mb-3 text-sm font-semibold">{title}</h2>
      <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2 text-sm">{children}</dl>
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

function AuditValue({ at, by }: { at: Date; by: UserRef | null }) {
  return (
    <span>
      <LocalDate date={at} withTime />
      {by ? <span className="text-muted-foreground"> by {by.name}</span> : null}
    </span>
  );
}

function IdentityItems({ asset }: { asset: AssetDetail }) {
  if (asset.kind === "aircraft") {
    return (
      <>
        <Item label="Registration">{asset.registration}</Item>
        <Item label="Serial number">{asset.serialNumber}</Item>
        <Item label="Make">{asset.make}</Item>
        <Item label="Model">{asset.model}</Item>
        <Item label="Year built">{asset.year}</Item>
        <Item label="Aircraft class">{formatAircraftClass(asset.aircraftClass)}</Item>
        <Item label="Fuel">{formatFuelCode(asset.fuelCode)}</Item>
        <Item label="Airframe hours">{formatHours(asset.totalAirframeHours)}</Item>
      </>
    );
  }
  const decoded = asset.vin ? decodeVin(asset.vin) : null;
  return (
    <>
      <Item label="VIN">{asset.vin ? <span className="font-mono">{asset.vin}</span> : null}</Item>
      <Item label="VIN model year">{decoded?.year}</Item>
      <Item label="VIN country">{decoded?.country}</Item>
      <Item label="Make">{asset.make}</Item>
      <Item label="Model">{asset.model}</Item>
      <Item label="Year">{asset.year}</Item>
      <Item label="Licence plate">{asset.licensePlate}</Item>
      <Item label="Colour">{asset.color}</Item>
      <Item label="Mileage">{formatMileage(asset.mileage)}</Item>
    </>
  );
}

export function AssetDetails({ asset }: { asset: AssetDetail }) {
  const center = asset.homeServiceCenter;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <DetailSection title={asset.kind === "aircraft" ? "Aircraft" : "Vehicle"}>
        <IdentityItems asset={asset} />
      </DetailSection>
      <div className="flex flex-col gap-4">
        <DetailSection title="Service">
          <Item label="Status">
            <ActiveBadge active={asset.active} />
          </Item>
          <Item label="Home center">
            {center ? `${center.name} (${center.code})${center.active ? "" : " · inactive"}` : null}
          </Item>
          <Item label="Notes">{asset.notes ? <span className="whitespace-pre-line">{asset.notes}</span> : null}</Item>
        </DetailSection>
        <DetailSection title="Record">
          <Item label="Created">
            <AuditValue at={asset.createdAt} by={asset.createdBy} />
          </Item>
          <Item label="Last updated">
            <AuditValue at={asset.updatedAt} by={asset.updatedBy} />
          </Item>
        </DetailSection>
      </div>
    </div>
  );
}
