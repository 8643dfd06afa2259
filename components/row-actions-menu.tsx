"use client";

// A table row's "…" actions menu; its items are DropdownMenuItems (and separators).
import type * as React from "react";
import { MoreHorizontalIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";

type RowActionsMenuProps = {
  /** The trigger's accessible name, such as "Actions for Ana Ruiz". */
  label: string;
  disabled?: boolean;
  size?: "icon" | "icon-sm";
  className?: string;
  children: React.ReactNode;
};

export function RowActionsMenu({ label, disabled, size = "icon", className, children }: RowActionsMenuProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size={size} aria-label={label} disabled={disabled}>
          <MoreHorizontalIcon aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className={className}>
        {children}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
