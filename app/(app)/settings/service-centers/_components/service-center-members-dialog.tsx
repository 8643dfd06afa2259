"use client";
// A service center's team (admins): the members who see the customers shared with the center in full.
import * as React from "react";
import { useRouter } from "next/navigation";
import { UsersIcon } from "lucide-react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { setServiceCenterMembersAction } from "@/lib/service-centers/actions";

interface MemberRef {
  id: string;
  name: string;
}

export function ServiceCenterMembersDialog({
  center,
  members,
  current,
}: {
  center: { id: string; code: string; name: string };
  members: MemberRef[];
  current: MemberRef[];
}) {
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  const [chosen, setChosen] = React.useState(() => new Set(current.map((member) => member.id)));
  const [error, setError] = React.useState<string | null>(null);
  const [isPending, startTransition] = React.useTransition();

  const changeOpen = (next: boolean) => {
    setOpen(next);
    if (next) setChosen(new Set(current.map((member) => member.id)));
    setError(null);
  };
  const toggle = (id: string, checked: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await setServiceCenterMembersAction({ id: center.id, userIds: [...chosen] });
      if ("error" in result) setError(result.error.message);
      else {
        toast.success(`${center.code} members saved`);
        setOpen(false);
        router.refresh();
      }
    });
  };

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="outline" size="sm" aria-label={`Members of ${center.code}`}>
          <UsersIcon aria-hidden="true" />
          Members
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Members of {center.name}</DialogTitle>
          <DialogDescription>
            Customers shared with this service center are visible in full to its members (Settings → Privacy).
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
          <fieldset className="flex max-h-80 flex-col gap-2 overflow-y-auto">
            <legend className="sr-only">Members</legend>
            {members.map((member) => (
              <label key={member.id} className="flex items-center gap-2 text-sm">
                <Checkbox
                  checked={chosen.has(member.id)}
                  onCheckedChange={(checked) => toggle(member.id, checked === true)}
                />
                {member.name}
              </label>
            ))}
          </fieldset>
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
              {isPending ? "Saving…" : "Save members"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
