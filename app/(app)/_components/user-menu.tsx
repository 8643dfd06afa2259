"use client";
// The user menu: who is signed in, to which organization with which role, their preferences, the colour
// theme, and Sign out.
import { useTransition } from "react";
import Link from "next/link";
import { ClockIcon, LogOutIcon } from "lucide-react";
import { Avatar, AvatarFallback, initials } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { ThemeRadioItems } from "@/components/theme-menu";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { signOutAction } from "@/lib/auth/actions";
import { roleLabels, type Role } from "@/lib/auth/permissions";

interface UserMenuProps {
  name: string;
  email: string;
  organizationName: string;
  role: Role;
}

export function UserMenu({ name, email, organizationName, role }: UserMenuProps) {
  const [isPending, startTransition] = useTransition();

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="rounded-full" aria-label={`Account menu for ${name}`}>
          <Avatar className="size-8">
            {/* Initials drawn by CSS, not text: the button's name is "Account menu for …", and visible text
                that is not part of it fails WCAG 2.5.3 (label in name) for initials like "SS". */}
            <AvatarFallback data-initials={initials(name)} className="text-xs before:content-[attr(data-initials)]" />
          </Avatar>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64 max-w-[calc(100vw-2rem)]">
        <DropdownMenuLabel className="flex flex-col gap-1 font-normal">
          <span className="truncate font-medium">{name}</span>
          <span className="truncate text-xs text-muted-foreground">{email}</span>
          <span className="mt-1 flex min-w-0 items-center gap-2">
            <span className="truncate text-xs text-muted-foreground">{organizationName}</span>
            <Badge variant="secondary">{roleLabels[role]}</Badge>
          </span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/settings/preferences">
            <ClockIcon aria-hidden="true" />
            Time zone and date format
          </Link>
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <ThemeRadioItems />
        <DropdownMenuSeparator />
        <DropdownMenuItem disabled={isPending} onSelect={() => startTransition(() => signOutAction())}>
          <LogOutIcon aria-hidden="true" />
          Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
