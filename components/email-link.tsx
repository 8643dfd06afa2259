// An email address that opens the mail app (mailto:). Its own module, apart from the phone link, so the
// customers list (which shows only emails) does not bundle the phone formatter (libphonenumber-js).
// A masked value (limited details, lib/privacy/masking.ts) is plain text: there is nothing to write to.
import { cn } from "@/lib/utils";

/** A masked value (limited details) holds "•": shown as text, with nothing to write to or dial. */
export const isMasked = (value: string) => value.includes("•");

export function EmailLink({ email, className, title }: { email: string; className?: string; title?: string }) {
  if (isMasked(email)) return <span className={className}>{email}</span>;
  return (
    <a href={`mailto:${email}`} className={cn("underline-offset-4 hover:underline", className)} title={title}>
      {email}
    </a>
  );
}
