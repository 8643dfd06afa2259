"use client";
// Revoke an API key after confirmation; integrations using it stop working at once.
import { useState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { useRecordAction } from "@/components/hooks/use-record-action";
import { Button } from "@/components/ui/button";
import { revokeApiKeyAction } from "@/lib/api-keys/actions";

export function RevokeApiKeyButton({ id, name }: { id: string; name: string }) {
  const [open, setOpen] = useState(false);
  const { run, isPending } = useRecordAction(revokeApiKeyAction, `"${name}" was revoked.`);

  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Revoke ${name}`}>
          Revoke
        </Button>
      }
      open={open}
      onOpenChange={setOpen}
      title={`Revoke “${name}”?`}
      description="Requests using this key will be refused immediately. This cannot be undone; create a new key if you need one."
      confirmLabel="Revoke key"
      destructive
      isPending={isPending}
      onConfirm={() => run({ id }, () => setOpen(false))}
    />
  );
}
