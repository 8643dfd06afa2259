// The signed-in member's notification inbox: newest first, paged on the server (?page=), each entry
// linking to what it is about, with "Mark as read" per entry and for all.
import type { Metadata } from "next";
import Link from "next/link";
import { requireCtx } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/queries";
import { cn } from "@/lib/utils";
import { buttonVariants } from "@/components/ui/button";
import { RelativeTime } from "@/components/time";
import { MarkReadButton } from "./_components/mark-read-button";

export const metadata: Metadata = { title: "Notifications" };

interface Props {
  searchParams: Promise<{ page?: string | string[] }>;
}

export default async function NotificationsPage({ searchParams }: Props) {
  const ctx = await requireCtx();
  const { page: pageParam } = await searchParams;
  const requested = Number(Array.isArray(pageParam) ? pageParam[0] : pageParam) || 1;
  const { rows, page, pageCount, total, unread } = await listNotifications(ctx, requested);
  const pageHref = (n: number) => (n === 1 ? "/notifications" : `/notifications?page=${n}`);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Notifications</h1>
          <p className="text-sm text-muted-foreground">
            {unread === 0 ? "Nothing unread." : `${unread.toLocaleString("en-US")} unread.`}{" "}
            <Link href="/settings/notifications" className="underline underline-offset-4">
              Choose what you are told about
            </Link>
          </p>
        </div>
        {unread > 0 ? <MarkReadButton label="Mark all as read" /> : null}
      </div>
      {rows.length === 0 ? (
        <p className="rounded-md border px-4 py-8 text-center text-sm text-muted-foreground">
          No notifications yet. When someone else changes a customer you own, transfers one to you, or a job you started
          finishes, it shows up here.
        </p>
      ) : (
        <ul className="flex flex-col divide-y rounded-md border" aria-label="Notifications">
          {rows.map((row) => (
            <li
              key={row.id}
              className={cn(
                "flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between",
                !row.read && "bg-muted/40",
              )}
            >
              <div className="flex min-w-0 gap-3">
                <span
                  aria-hidden="true"
                  className={cn("mt-1.5 size-2 shrink-0 rounded-full", row.read ? "bg-transparent" : "bg-primary")}
                />
                <div className="min-w-0">
                  <Link href={row.href} className="text-sm font-medium break-words underline-offset-4 hover:underline">
                    {row.read ? null : <span className="sr-only">Unread: </span>}
                    {row.title}
                  </Link>
                  {row.detail ? <p className="text-sm break-words text-muted-foreground">{row.detail}</p> : null}
                  <p className="text-xs text-muted-foreground">
                    <RelativeTime date={row.createdAt} />
                  </p>
                </div>
              </div>
              {row.read ? null : <MarkReadButton id={row.id} label="Mark as read" title={row.title} />}
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 ? (
        <nav aria-label="Notification pages" className="flex items-center justify-between gap-2 text-sm">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} className={buttonVariants({ variant: "outline", size: "sm" })}>
              Newer
            </Link>
          ) : (
            <span />
          )}
          <span className="text-muted-foreground">
            Page {page} of {pageCount} ({total.toLocaleString("en-US")} in all)
          </span>
          {page < pageCount ? (
            <Link href={pageHref(page + 1)} className={buttonVariants({ variant: "outline", size: "sm" })}>
              Older
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
