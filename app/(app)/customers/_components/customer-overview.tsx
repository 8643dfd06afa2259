// The detail page's Overview tab: the customer's fields grouped as in the form, plus the audit record.
import type * as React from "react";

import { Badge } from "@/components/ui/badge";
import type { CustomerDetail, UserRef } from "@/lib/customers/queries";
import { cn } from "@/lib/utils";
import { CustomerStatusBadge } from "./customer-status-badge";
import { formatCountry, formatKind, formatPhone, formatPhoneType } from "./format";
import { LocalDate } from "./local-date";

function DetailSection({ title, children, className }: { title: string; children: React.ReactNode; className?: string }) {
  return (
    <section className={cn("rounded-xl border bg-card p-5 shadow-xs", className)}>
      <h2 className="mb-3 text-sm font-semibold">{title}</h2>
      <dl className="grid grid-cols-[minmax(7rem,auto)_1fr] gap-x-4 gap-y-2 text-sm">{children}</dl>
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

function PhoneValue({ phone, type }: { phone: string; type: string | null }) {
  return (
    <span className="tabular-nums">
      {formatPhone(phone)}
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
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <DetailSection title="Identity">
        <Item label="Kind">{formatKind(c.kind)}</Item>
        {c.kind === "person" ? (
          <>
            <Item label="First name">{c.firstName}</Item>
            <Item label="Last name">{c.lastName}</Item>
          </>
        ) : null}
        <Item label="Name">{c.name}</Item>
        <Item label="Display name">{c.displayName}</Item>
        <Item label="Account number">{c.accountNumber ? <span className="font-mono">{c.accountNumber}</span> : null}</Item>
        <Item label="Status">
          <CustomerStatusBadge status={c.status} />
        </Item>
        <Item label="Tax ID">{c.taxId}</Item>
      </DetailSection>
      <DetailSection title="Contact">
        <Item label="Email">{c.email ? <a href={`mailto:${c.email}`} className="hover:underline">{c.email}</a> : null}</Item>
        <Item label="Phone">{c.phone ? <PhoneValue phone={c.phone} type={c.phoneType} /> : null}</Item>
        <Item label="Secondary phone">
          {c.secondaryPhone ? <PhoneValue phone={c.secondaryPhone} type={c.secondaryPhoneType} /> : null}
        </Item>
        <Item label="Website">
          {c.website ? (
            <a href={c.website} target="_blank" rel="noopener noreferrer nofollow" className="hover:underline">
              {websiteLabel}
            </a>
          ) : null}
        </Item>
      </DetailSection>
      <DetailSection title="Address">
        <Item label="Address line 1">{c.addressLine1}</Item>
        <Item label="Address line 2">{c.addressLine2}</Item>
        <Item label="City">{c.city}</Item>
        <Item label="State / province">{c.region}</Item>
        <Item label="Postal code">{c.postalCode}</Item>
        <Item label="Country">{formatCountry(c.country)}</Item>
      </DetailSection>
      <DetailSection title="Preferences">
        <Item label="Currency">{c.currency}</Item>
        <Item label="Language">{c.language}</Item>
        <Item label="Source">{c.source}</Item>
      </DetailSection>
      <DetailSection title="Tags & notes">
        <Item label="Tags">
          {c.tags.length > 0 ? (
            <span className="flex flex-wrap gap-1">
              {c.tags.map((tag) => (
                <Badge key={tag} variant="secondary" className="font-normal">
                  {tag}
                </Badge>
              ))}
            </span>
          ) : null}
        </Item>
        {/* Plain text only: notes are never interpreted as HTML. */}
        <Item label="Notes">{c.notes ? <p className="whitespace-pre-wrap">{c.notes}</p> : null}</Item>
      </DetailSection>
      <DetailSection title="Record">
        <Item label="Created">
          <AuditValue at={c.createdAt} by={c.createdBy} />
        </Item>
        <Item label="Updated">
          <AuditValue at={c.updatedAt} by={c.updatedBy} />
        </Item>
        <Item label="Version">{c.version}</Item>
      </DetailSection>
    </div>
  );
}
