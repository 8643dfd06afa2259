"use client";
// shadcn's Command: cmdk's keyboard-driven list (combobox input, grouped options) styled with the theme,
// and CommandDialog, the same inside a modal dialog with an accessible name.
import * as React from "react";
import { Command as CommandPrimitive } from "cmdk";
import { SearchIcon } from "lucide-react";

import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { styled } from "@/components/ui/styled";
import { cn } from "@/lib/utils";

const Command = styled(
  CommandPrimitive,
  "command",
  "flex h-full w-full flex-col overflow-hidden rounded-md bg-popover text-popover-foreground",
);

type CommandDialogProps = React.ComponentProps<typeof Dialog> & {
  /** The dialog's accessible name (visually hidden). */
  title: string;
  /** Read by screen readers after the name (visually hidden). */
  description: string;
  className?: string;
  /** Props for the cmdk root, e.g. `shouldFilter={false}` when the server filters. */
  commandProps?: React.ComponentProps<typeof CommandPrimitive>;
  onCloseAutoFocus?: React.ComponentProps<typeof DialogContent>["onCloseAutoFocus"];
};

function CommandDialog({
  title,
  description,
  children,
  className,
  commandProps,
  onCloseAutoFocus,
  ...props
}: CommandDialogProps) {
  return (
    <Dialog {...props}>
      <DialogContent
        className={cn("gap-0 overflow-hidden bg-popover p-0 text-popover-foreground", className)}
        onCloseAutoFocus={onCloseAutoFocus}
      >
        <DialogTitle className="sr-only">{title}</DialogTitle>
        <DialogDescription className="sr-only">{description}</DialogDescription>
        <Command
          {...commandProps}
          className={cn(
            "**:data-[slot=command-input-wrapper]:h-12 [&_[cmdk-group]]:px-2 [&_[cmdk-group-heading]]:px-2 [&_[cmdk-input]]:h-12 [&_[cmdk-item]]:py-2.5 [&_[cmdk-item]_svg]:size-4",
            commandProps?.className,
          )}
        >
          {children}
        </Command>
      </DialogContent>
    </Dialog>
  );
}

function CommandInput({ className, ...props }: React.ComponentProps<typeof CommandPrimitive.Input>) {
  return (
    <div data-slot="command-input-wrapper" className="flex h-10 items-center gap-2 border-b pr-10 pl-3">
      <SearchIcon className="size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
      <CommandPrimitive.Input
        data-slot="command-input"
        className={cn(
          "flex h-10 w-full rounded-md bg-transparent py-3 text-base outline-hidden placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:opacity-50 sm:text-sm",
          className,
        )}
        {...props}
      />
    </div>
  );
}

const CommandList = styled(
  CommandPrimitive.List,
  "command-list",
  "max-h-[min(24rem,calc(100dvh-12rem))] scroll-py-1 overflow-x-hidden overflow-y-auto overscroll-contain",
);

const CommandEmpty = styled(CommandPrimitive.Empty, "command-empty", "py-6 text-center text-sm");

const CommandGroup = styled(
  CommandPrimitive.Group,
  "command-group",
  "overflow-hidden p-1 text-foreground [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1.5 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-muted-foreground",
);

const CommandItem = styled(
  CommandPrimitive.Item,
  "command-item",
  "group relative flex cursor-default items-center gap-2 rounded-sm px-2 py-1.5 text-sm outline-hidden select-none data-[disabled=true]:pointer-events-none data-[disabled=true]:opacity-50 data-[selected=true]:bg-accent data-[selected=true]:text-accent-foreground [&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4",
);

/** Secondary text in an item: muted, and the item's own colour while it is highlighted (AA on the accent). */
const CommandItemDetail = styled(
  "span",
  "command-item-detail",
  "truncate text-xs text-muted-foreground group-data-[selected=true]:text-accent-foreground",
);

export { CommandDialog, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandItemDetail, CommandList };
