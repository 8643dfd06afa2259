"use client";

// Cells of the customers table that are more than a formatted value.
import Link from "next/link";
import { LockIcon } from "lucide-react";
import { EmailLink } from "@/components/email-link";

import { Badge } from "@/components/ui/badge";
import type { PrimaryContactRef } from "@/lib/customers/queries";
import type { CustomerTableRow } from "@/lib/customers/table-rows";
import { ArchivedBadge } from "@/components/status-badges";
import { formatKind } from "./format";

const MAX_TAGS = 3;

const symbolProps = {
  viewBox: "0 0 24 24",
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 2,
  strokeLinecap: "round",
  strokeLinejoin: "round",
} as const;

/**
 * Lucide's user and building-2 icons, drawn once per table: every row's name cell points at one of them, so a
 * page of 25 customers does not carry 25 copies of the paths.
 */
export function KindIconSymbols() {
  return (
    <svg aria-hidden="true" className="hidden">
      <symbol id="customer-kind-person" {...symbolProps}>
        <path d="M19 21v-2a4 4 0 0 0-4-4H9a4 4 0 0 0-4 4v2" />
        <circle cx="12" cy="7" r="4" />
      </symbol>
      <symbol id="customer-kind-company" {...symbolProps}>
        <path d="M10 12h4" />
        <path d="M10 8h4" />
        <path d="M14 21v-3a2 2 0 0 0-4 0v3" />
        <path d="M6 10H4a2 2 0 0 0-2 2v7a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V9a2 2 0 0 0-2-2h-2" />
        <path d="M6 21V5a2 2 0 0 1 2-2h8a2 2 0 0 1 2 2v16" />
      </symbol>
    </svg>
  );
}

export function NameCell({ customer }: { customer: CustomerTableRow }) {
  const showDisplayName = customer.displayName && customer.displayName !== customer.name;
  return (
    <div className="flex max-w-72 min-w-32 items-start gap-2 whitespace-normal sm:min-w-48">
      <svg role="img" aria-label={formatKind(customer.kind)} className="mt-0.5 size-4 shrink-0 text-muted-foreground">
        <use href={customer.kind === "person" ? "#customer-kind-person" : "#customer-kind-company"} />
      </svg>
      <div className="flex flex-col">
        <span className="flex items-center gap-2">
          <Link href={`/customers/${customer.id}`} className="font-medium hover:underline">
            {customer.name}
          </Link>
          {customer.archivedAt ? <ArchivedBadge /> : null}
          {customer.masked ? (
            <LockIcon
              role="img"
              aria-label="Limited details (not your customer)"
              className="size-3.5 shrink-0 text-muted-foreground"
            />
          ) : null}
        </span>
        {showDisplayName ? <span className="text-xs text-muted-foreground">{customer.displayName}</span> : null}
        {customer.matchedAsset ? (
          <span className="text-xs text-muted-foreground">
            {customer.matchedAsset.kind === "aircraft" ? "Aircraft" : "Vehicle"} {customer.matchedAsset.label}
          </span>
        ) : null}
      </div>
    </div>
  );
}

export function TagsCell({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  const hidden = tags.length - MAX_TAGS;
  return (
    <div className="flex gap-1">
      {tags.slice(0, MAX_TAGS).map((tag) => (
        <Badge key={tag} variant="tag" title={tag}>
          {tag}
        </Badge>
      ))}
      {hidden > 0 ? (
        <Badge variant="outline" className="font-normal" title={tags.slice(MAX_TAGS).join(", ")}>
          +{hidden}
          <span className="sr-only"> more tags</span>
        </Badge>
      ) : null}
    </div>
  );
}

export function PrimaryContactCell({ contact }: { contact: PrimaryContactRef | null }) {
  if (!contact) return null;
  const name = `${contact.firstName} ${contact.lastName}`.trim();
  return (
    <div className="flex max-w-56 flex-col">
      <span className="truncate" title={name}>
        {name}
      </span>
      <EmailLink email={contact.email} className="truncate text-xs text-muted-foreground" title={contact.email} />
    </div>
  );
}
