// Previous/next links for the failed-rows table; the page lives in the URL (?errors=2) so reloads keep it.
import Link from "next/link";
import { ChevronLeftIcon, ChevronRightIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { importIssuesCodec } from "@/lib/imports/list-params";

type IssuesPagerProps = { page: number; pageCount: number; total: number; perPage: number };

const number = (value: number) => value.toLocaleString("en-US");

export function IssuesPager({ page, pageCount, total, perPage }: IssuesPagerProps) {
  if (pageCount <= 1) return null;
  const first = (page - 1) * perPage + 1;
  const last = Math.min(page * perPage, total);
  return (
    <nav aria-label="Failed rows pages" className="flex items-center justify-end gap-3 text-sm">
      <span className="text-muted-foreground">
        {number(first)}–{number(last)} of {number(total)}
      </span>
      <PageLink page={page - 1} disabled={page <= 1} label="Previous page">
        <ChevronLeftIcon aria-hidden="true" />
      </PageLink>
      <PageLink page={page + 1} disabled={page >= pageCount} label="Next page">
        <ChevronRightIcon aria-hidden="true" />
      </PageLink>
    </nav>
  );
}

function PageLink({
  page,
  disabled,
  label,
  children,
}: {
  page: number;
  disabled: boolean;
  label: string;
  children: React.ReactNode;
}) {
  if (disabled) {
    return (
      <Button variant="outline" size="icon" disabled aria-label={label}>
        {children}
      </Button>
    );
  }
  return (
    <Button asChild variant="outline" size="icon">
      <Link href={`?${importIssuesCodec.serialize({ page })}`} aria-label={label} scroll={false}>
        {children}
      </Link>
    </Button>
  );
}
