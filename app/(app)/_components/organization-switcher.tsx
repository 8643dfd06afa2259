"use client";
// Switches the session's active organization (shown only to people in more than one): in the header
// (just an icon between `md` and `lg`, where the navigation needs the room) or full width in the menu sheet.
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { Building2Icon, CheckIcon, ChevronsUpDownIcon } from "lucide-react";
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
import { cn } from "@/lib/utils";

export function OrganizationSwitcher({
  organizations,
  currentId,
  placement,
}: {
  organizations: UserOrganization[];
  currentId: string;
  placement: "header" | "sheet";
}) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const name = organizations.find((o) => o.id === currentId)?.name ?? "Organization";

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
        <Button
          variant="outline"
          size="sm"
          className={cn(placement === "header" ? "hidden max-w-56 md:inline-flex" : "w-full justify-between")}
          disabled={isPending}
          aria-label={`Switch organization (current: ${name})`}
          title={placement === "header" ? name : undefined}
        >
          {placement === "header" ? <Building2Icon aria-hidden="true" className="lg:hidden" /> : null}
          <span className={cn("truncate", placement === "header" && "hidden lg:inline")}>{name}</span>
          <ChevronsUpDownIcon className="opacity-50" aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align={placement === "header" ? "end" : "start"} className="w-64 max-w-[calc(100vw-2rem)]">
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
