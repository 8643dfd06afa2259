// The detail page's Overview tab: the customer's fields grouped as in the form, commercial terms,
// consent and preferences, ownership (each with its history) and the audit record.

import { Suspense } from "react";
import { DetailItem, DetailSection } from "@/components/detail-section";
import { Skeleton } from "@/components/ui/skeleton";
import { Badge } from "@/components/ui/badge";
import { websiteHref } from "@/lib/fields/normalize";
import type { CustomerDetail } from "@/lib/customers/queries";
import type { UserRef } from "@/lib/users/queries";
import { CustomerStatusBadge } from "./customer-status-badge";
import { CountryName } from "@/components/country-name";
import { formatKind, formatPhoneType } from "./format";
import { PhoneLink } from "@/components/contact-links";
import { EmailLink } from "@/components/email-link";
import { CalendarDate, LocalDate } from "@/components/time";
import { OwnershipSection } from "./ownership/ownership-section";
import { SharingSection } from "./sharing/sharing-section";
import { TermsDetails } from "./tier/terms-details";
import { ConsentCard } from "./consent/consent-card";

function PhoneValue({ phone, type }: { phone: string; type: string | null }) {
  return (
    <span>
      <PhoneLink phone={phone} />
      {type ? <span className="text-muted-foreground"> · {formatPhoneType(type)}</span> : null}
    </span>
  );
}

function AuditValue({ at, by }: { at: Date; by: UserRef | null }) {
  return (
    <>
      <LocalDate date={at} withTime />
      {by ? <span className="text-muted-foreground"> by {by.name}</span> : null}
    </>
  );
}

export function CustomerOverview({ customer: c }: { customer: CustomerDetail }) {
  const websiteLabel = c.website?.replace(/^https?:\/\//, "");
  const websiteLink = c.website ? websiteHref(c.website) : null;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <DetailSection title="Identity">
        <DetailItem label="Kind">{formatKind(c.kind)}</DetailItem>
        {c.kind === "person" ? (
          <>
            <DetailItem label="First name">{c.firstName}</DetailItem>
            <DetailItem label="Last name">{c.lastName}</DetailItem>
            <DetailItem label="Date of birth">
              {c.dateOfBirth ? <CalendarDate date={c.dateOfBirth} /> : null}
            </DetailItem>
          </>
        ) : null}
        <DetailItem label="Name">{c.name}</DetailItem>
        <DetailItem label="Display name">{c.displayName}</DetailItem>
        <DetailItem label="Account number">
          {c.accountNumber ? <span className="font-mono">{c.accountNumber}</span> : null}
        </DetailItem>
        <DetailItem label="Status">
          <CustomerStatusBadge status={c.status} />
        </DetailItem>
        <DetailItem label="Tax ID">{c.taxId}</DetailItem>
        <DetailItem label="Customer since">
          {c.customerSince ? <CalendarDate date={c.customerSince} /> : null}
        </DetailItem>
      </DetailSection>
      <DetailSection title="Contact">
        <DetailItem label="Email">{c.email ? <EmailLink email={c.email} /> : null}</DetailItem>
        <DetailItem label="Phone">{c.phone ? <PhoneValue phone={c.phone} type={c.phoneType} /> : null}</DetailItem>
        <DetailItem label="Secondary phone">
          {c.secondaryPhone ? <PhoneValue phone={c.secondaryPhone} type={c.secondaryPhoneType} /> : null}
        </DetailItem>
        <DetailItem label="Website">
          {websiteLink && !c.masked ? (
            <a href={websiteLink} target="_blank" rel="noopener noreferrer nofollow" className="hover:underline">
              {websiteLabel}
            </a>
          ) : (
            websiteLabel
          )}
        </DetailItem>
      </DetailSection>
      <DetailSection title="Address">
        <DetailItem label="Address line 1">{c.addressLine1}</DetailItem>
        <DetailItem label="Address line 2">{c.addressLine2}</DetailItem>
        <DetailItem label="City">{c.city}</DetailItem>
        <DetailItem label="State / province">{c.region}</DetailItem>
        <DetailItem label="Postal code">{c.postalCode}</DetailItem>
        <DetailItem label="Country">
          <CountryName code={c.country} />
        </DetailItem>
      </DetailSection>
      <TermsDetails customer={c} />
      <DetailSection title="Preferences">
        <DetailItem label="Currency">{c.currency}</DetailItem>
        <DetailItem label="Language">{c.language}</DetailItem>
        <DetailItem label="Source">{c.source}</DetailItem>
      </DetailSection>
      <DetailSection title="Tags & notes">
        <DetailItem label="Tags">
          {c.tags.length > 0 ? (
            <span className="flex flex-wrap gap-1">
              {c.tags.map((tag) => (
                <Badge key={tag} variant="secondary" className="font-normal">
                  {tag}
                </Badge>
              ))}
            </span>
          ) : null}
        </DetailItem>
        {/* Plain text only: notes are never interpreted as HTML. */}
        <DetailItem label="Notes">{c.notes ? <p className="whitespace-pre-wrap">{c.notes}</p> : null}</DetailItem>
      </DetailSection>
      <Suspense fallback={<Skeleton className="h-32 lg:col-span-2" />}>
        <ConsentCard customer={c} />
      </Suspense>
      <Suspense fallback={<Skeleton className="h-32 lg:col-span-2" />}>
        <OwnershipSection customer={c} />
      </Suspense>
      <Suspense fallback={null}>
        <SharingSection customer={c} />
      </Suspense>
      <DetailSection title="Record">
        <DetailItem label="Created">
          <AuditValue at={c.createdAt} by={c.createdBy} />
        </DetailItem>
        <DetailItem label="Updated">
          <AuditValue at={c.updatedAt} by={c.updatedBy} />
        </DetailItem>
        <DetailItem label="Version">{c.version}</DetailItem>
      </DetailSection>
    </div>
  );
}
