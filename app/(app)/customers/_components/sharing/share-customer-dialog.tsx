"use client";
// "Share": with a member or a service center, optionally until a day; and removing a share.
import * as React from "react";
import { useRouter } from "next/navigation";
import { Share2Icon, XIcon } from "lucide-react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOptGroup, NativeSelectOption } from "@/components/ui/native-select";
import { removeCustomerShareAction, shareCustomerAction } from "@/lib/privacy/share-actions";

interface ShareTargets {
  members: { id: string; name: string }[];
  centers: { id: string; code: string; name: string }[];
}

export function ShareCustomerDialog({ customerId, members, centers }: ShareTargets & { customerId: string }) {
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  const [target, setTarget] = React.useState("");
  const [expiresOn, setExpiresOn] = React.useState("");
  const [error, setError] = React.useState<string | null>(null);
  const [isPending, startTransition] = React.useTransition();
  const targetId = React.useId();
  const expiryId = React.useId();

  const changeOpen = (next: boolean) => {
    setOpen(next);
    if (!next) {
      setTarget("");
      setExpiresOn("");
      setError(null);
    }
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const [kind, id] = target.split(":");
    if (!id) return setError("Choose a member or a service center");
    startTransition(async () => {
      const result = await shareCustomerAction({
        customerId,
        ...(kind === "user" ? { userId: id } : { serviceCenterId: id }),
        expiresOn: expiresOn || null,
      });
      if ("error" in result) setError(result.error.message);
      else {
        toast.success("Customer shared");
        changeOpen(false);
        router.refresh();
      }
    });
  };

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <Share2Icon aria-hidden="true" />
          Share
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Share customer</DialogTitle>
          <DialogDescription>
            The member, or every member of the service center, sees this customer&apos;s full details until the share
            expires or is removed.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
          <div className="flex flex-col gap-2">
            <Label htmlFor={targetId}>Share with</Label>
            <NativeSelect
              id={targetId}
              value={target}
              onChange={(event) => setTarget(event.target.value)}
              className="w-full"
              aria-invalid={error ? true : undefined}
            >
              <NativeSelectOption value="">Choose…</NativeSelectOption>
              <NativeSelectOptGroup label="Members">
                {members.map((member) => (
                  <NativeSelectOption key={member.id} value={`user:${member.id}`}>
                    {member.name}
                  </NativeSelectOption>
                ))}
              </NativeSelectOptGroup>
              {centers.length > 0 ? (
                <NativeSelectOptGroup label="Service centers">
                  {centers.map((center) => (
                    <NativeSelectOption key={center.id} value={`center:${center.id}`}>
                      {center.name} ({center.code})
                    </NativeSelectOption>
                  ))}
                </NativeSelectOptGroup>
              ) : null}
            </NativeSelect>
          </div>
          <div className="flex flex-col gap-2">
            <Label htmlFor={expiryId}>Expires on (optional)</Label>
            <Input id={expiryId} type="date" value={expiresOn} onChange={(event) => setExpiresOn(event.target.value)} />
          </div>
          {error ? (
            <p role="alert" className="text-sm text-destructive">
              {error}
            </p>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => changeOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={isPending}>
              {isPending ? "Sharing…" : "Share"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

export function RemoveShareButton({
  customerId,
  shareId,
  target,
}: {
  customerId: string;
  shareId: string;
  target: string;
}) {
  const router = useRouter();
  const [isPending, startTransition] = React.useTransition();
  const remove = () =>
    startTransition(async () => {
      const result = await removeCustomerShareAction({ customerId, shareId });
      if ("error" in result) toast.error(result.error.message);
      else {
        toast.success("Share removed");
        router.refresh();
      }
    });
  return (
    <Button variant="ghost" size="sm" onClick={remove} disabled={isPending} aria-label={`Remove share with ${target}`}>
      <XIcon aria-hidden="true" />
      Remove
    </Button>
  );
}
