// A phone number that dials (tel:), laid out for reading; emails: components/email-link.tsx.
// A masked value (limited details, lib/privacy/masking.ts) is plain text: there is nothing to dial or write to.
import type * as React from "react";
import { formatPhone } from "@/lib/fields/phone";
import { isMasked } from "@/components/email-link";
import { cn } from "@/lib/utils";

const linkStyle = "underline-offset-4 hover:underline";

/** A stored (E.164) number shown as "+1 865 555 0101"; the link dials the number as stored. */
export function PhoneLink({
  phone,
  className,
  children,
}: {
  phone: string;
  className?: string;
  children?: React.ReactNode;
}) {
  if (isMasked(phone)) return <span className={cn("tabular-nums", className)}>{phone}</span>;
  return (
    <a href={`tel:${phone}`} className={cn(linkStyle, "tabular-nums", className)}>
      {children ?? formatPhone(phone)}
    </a>
  );
}
