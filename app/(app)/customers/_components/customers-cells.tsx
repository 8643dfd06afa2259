"use client";

// Cells of the customers table that are more than a formatted value.
import Link from "next/link";
import { Building2Icon, UserIcon } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import type { CustomerListRow, PrimaryContactRef } from "@/lib/customers/queries";
import { ArchivedBadge } from "@/components/status-badges";
import { formatKind } from "./format";

const MAX_TAGS = 3;

export function NameCell({ customer }: { customer: CustomerListRow }) {
  const Icon = customer.kind === "person" ? UserIcon : Building2Icon;
  const showDisplayName = customer.displayName && customer.displayName !== customer.name;
  return (
    <div className="flex max-w-72 min-w-48 items-start gap-2 whitespace-normal">
      <Icon aria-label={formatKind(customer.kind)} className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
      <div className="flex flex-col">
        <span className="flex items-center gap-2">
          <Link href={`/customers/${customer.id}`} className="font-medium hover:underline">
            {customer.name}
          </Link>
          {customer.archivedAt ? <ArchivedBadge /> : null}
        </span>
        {showDisplayName ? <span className="text-xs text-muted-foreground">{customer.displayName}</span> : null}
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
        <Badge key={tag} variant="secondary" className="max-w-28 truncate font-normal" title={tag}>
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
      <a
        href={`mailto:${contact.email}`}
        className="truncate text-xs text-muted-foreground hover:underline"
        title={contact.email}
      >
        {contact.email}
      </a>
    </div>
  );
}
