// A phone number that dials (tel:) and an email address that opens the mail app (mailto:), laid out for reading.
import type * as React from "react";
import { formatPhone } from "@/lib/fields/phone";
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
  return (
    <a href={`tel:${phone}`} className={cn(linkStyle, "tabular-nums", className)}>
      {children ?? formatPhone(phone)}
    </a>
  );
}

export function EmailLink({ email, className, title }: { email: string; className?: string; title?: string }) {
  return (
    <a href={`mailto:${email}`} className={cn(linkStyle, className)} title={title}>
      {email}
    </a>
  );
}
