"use client";
// Switches the session's active organization (shown only to people in more than one).
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { CheckIcon, ChevronsUpDownIcon } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { switchOrganizationAction } from "@/lib/auth/actions";
import type { UserOrganization } from "@/lib/auth/membership";
import { roleLabels } from "@/lib/auth/permissions";

export function OrganizationSwitcher({
  organizations,
  currentId,
}: {
  organizations: UserOrganization[];
  currentId: string;
}) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const current = organizations.find((o) => o.id === currentId);

  function switchTo(organizationId: string) {
    if (organizationId === currentId) return;
    startTransition(async () => {
      const result = await switchOrganizationAction({ organizationId });
      if ("error" in result) {
        toast.error(result.error.message);
        return;
      }
      // Records of the previous organization are not visible any more: start from the list.
      router.push("/customers");
      router.refresh();
    });
  }

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm" className="max-w-56" disabled={isPending} aria-label="Switch organization">
          <span className="truncate">{current?.name ?? "Organization"}</span>
          <ChevronsUpDownIcon className="opacity-50" aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel className="text-xs text-muted-foreground">Organizations</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {organizations.map((org) => (
          <DropdownMenuItem key={org.id} onSelect={() => switchTo(org.id)}>
            <span className="flex-1 truncate">{org.name}</span>
            <span className="text-xs text-muted-foreground">{roleLabels[org.role]}</span>
            {org.id === currentId ? <CheckIcon aria-label="Current" /> : null}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
