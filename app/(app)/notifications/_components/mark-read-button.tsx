"use client";
// "Mark as read" for one notification (id) or all of them; the action revalidates the layout, so the
// list and the bell's count update together.
import * as React from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { markNotificationsReadAction } from "@/lib/notifications/actions";

export function MarkReadButton({ id, label, title }: { id?: string; label: string; title?: string }) {
  const [isPending, startTransition] = React.useTransition();
  const mark = () =>
    startTransition(async () => {
      const result = await markNotificationsReadAction(id ? { ids: [id] } : { all: true });
      if ("error" in result) toast.error(result.error.message);
    });
  return (
    <Button
      type="button"
      variant="outline"
      size="sm"
      className="shrink-0 self-start"
      disabled={isPending}
      onClick={mark}
      aria-label={title ? `${label}: ${title}` : undefined}
    >
      {label}
    </Button>
  );
}
