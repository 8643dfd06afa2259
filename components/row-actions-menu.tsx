"use client";

// A table row's "…" actions menu; its items are DropdownMenuItems (and separators). While the row's
// action runs the button stays focusable (a disabled button would drop focus to <body>) but does not open.
import * as React from "react";
import { Loader2Icon, MoreHorizontalIcon } from "lucide-react";

import type { RowFocus } from "@/components/hooks/use-row-focus";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";

type RowActionsMenuProps = {
  /** The trigger's accessible name, such as "Actions for Ana Ruiz". */
  label: string;
  disabled?: boolean;
  /** An action of this row is running. */
  busy?: boolean;
  /** Where focus goes after the row's actions and dialogs (components/hooks/use-row-focus.ts). */
  focus?: RowFocus;
  size?: "icon" | "icon-sm";
  className?: string;
  children: React.ReactNode;
};

export function RowActionsMenu({
  label,
  disabled,
  busy = false,
  focus,
  size = "icon",
  className,
  children,
}: RowActionsMenuProps) {
  const [open, setOpen] = React.useState(false);
  return (
    <DropdownMenu
      open={open}
      onOpenChange={(next) => {
        if (next && busy) return;
        if (next) focus?.remember();
        setOpen(next);
      }}
    >
      <DropdownMenuTrigger asChild>
        <Button
          ref={focus?.triggerRef}
          variant="ghost"
          size={size}
          aria-label={label}
          aria-busy={busy || undefined}
          disabled={disabled}
          data-row-actions-trigger=""
        >
          {busy ? (
            <Loader2Icon aria-hidden="true" className="animate-spin" />
          ) : (
            <MoreHorizontalIcon aria-hidden="true" />
          )}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className={className}>
        {children}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
