// The detail page's Details tab: the asset's fields for its kind, what its VIN decodes to, its primary
// customer, and the audit record.
import Link from "next/link";

import { DetailItem, DetailSection } from "@/components/detail-section";
import { LocalDate } from "@/components/time";
import { CountryName } from "@/components/country-name";
import { formatAircraftClass, formatFuelCode } from "@/lib/assets/format";
import type { AssetDetail } from "@/lib/assets/queries";
import type { AssetLink } from "@/lib/asset-links/select";
import { relationshipLabels } from "@/lib/asset-links/options";
import type { UserRef } from "@/lib/users/queries";
import { ActiveBadge } from "@/components/status-badges";
import { AirframeHours, Mileage } from "./asset-numbers";
import { VinDetailItems } from "./vin-details";

// Aircraft and vehicle labels ("Airframe hours", "VIN model year") need a wider label column.
const WIDE_LABELS = "grid-cols-[minmax(8rem,auto)_1fr]";

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
        <DetailItem label="Registration">{asset.registration}</DetailItem>
        <DetailItem label="Serial number">{asset.serialNumber}</DetailItem>
        <DetailItem label="Make">{asset.make}</DetailItem>
        <DetailItem label="Model">{asset.model}</DetailItem>
        <DetailItem label="Year built">{asset.year}</DetailItem>
        <DetailItem label="Aircraft class">{formatAircraftClass(asset.aircraftClass)}</DetailItem>
        <DetailItem label="Fuel">{formatFuelCode(asset.fuelCode)}</DetailItem>
        <DetailItem label="Airframe hours">
          <AirframeHours hours={asset.totalAirframeHours} />
        </DetailItem>
      </>
    );
  }
  return (
    <>
      <VinDetailItems vin={asset.vin} />
      <DetailItem label="Make">{asset.make}</DetailItem>
      <DetailItem label="Model">{asset.model}</DetailItem>
      <DetailItem label="Year">{asset.year}</DetailItem>
      <DetailItem label="Licence plate">
        {asset.licensePlate && asset.plateCountry ? (
          <>
            {asset.licensePlate} (<CountryName code={asset.plateCountry} />)
          </>
        ) : (
          asset.licensePlate
        )}
      </DetailItem>
      <DetailItem label="Colour">{asset.color}</DetailItem>
      <DetailItem label="Mileage">
        <Mileage mileage={asset.mileage} />
      </DetailItem>
    </>
  );
}

function PrimaryCustomer({ link }: { link: AssetLink | null }) {
  if (!link) return <span className="text-muted-foreground">No primary customer</span>;
  return (
    <span>
      <Link href={`/customers/${link.customer.id}`} className="font-medium underline-offset-4 hover:underline">
        {link.customer.name}
      </Link>
      <span className="text-muted-foreground"> · {relationshipLabels[link.relationship]}</span>
    </span>
  );
}

export function AssetDetails({ asset, primaryLink }: { asset: AssetDetail; primaryLink: AssetLink | null }) {
  const center = asset.homeServiceCenter;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <DetailSection listClassName={WIDE_LABELS} title={asset.kind === "aircraft" ? "Aircraft" : "Vehicle"}>
        <IdentityItems asset={asset} />
      </DetailSection>
      <div className="flex flex-col gap-4">
        <DetailSection listClassName={WIDE_LABELS} title="Service">
          <DetailItem label="Primary customer">
            <PrimaryCustomer link={primaryLink} />
          </DetailItem>
          <DetailItem label="Status">
            <ActiveBadge active={asset.active} />
          </DetailItem>
          <DetailItem label="Home center">
            {center ? `${center.name} (${center.code})${center.active ? "" : " · inactive"}` : null}
          </DetailItem>
          <DetailItem label="Notes">
            {asset.notes ? <span className="whitespace-pre-line">{asset.notes}</span> : null}
          </DetailItem>
        </DetailSection>
        <DetailSection listClassName={WIDE_LABELS} title="Record">
          <DetailItem label="Created">
            <AuditValue at={asset.createdAt} by={asset.createdBy} />
          </DetailItem>
          <DetailItem label="Last updated">
            <AuditValue at={asset.updatedAt} by={asset.updatedBy} />
          </DetailItem>
        </DetailSection>
      </div>
    </div>
  );
}
