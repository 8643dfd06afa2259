"use client";

import * as React from "react";
import { Dialog as DialogPrimitive } from "radix-ui";
import { XIcon } from "lucide-react";

import { styled } from "@/components/ui/styled";
import { cn } from "@/lib/utils";

/** Overlay, header, footer and content classes, shared with the alert dialog. */
export const dialogClasses = {
  overlay: "fixed inset-0 z-50 bg-black/50 data-[state=open]:animate-fade-in",
  content:
    "fixed top-[50%] left-[50%] z-50 grid w-full max-w-[calc(100%-2rem)] translate-x-[-50%] translate-y-[-50%] gap-4 rounded-lg border bg-background p-6 shadow-lg data-[state=open]:animate-zoom-in sm:max-w-lg",
  header: "flex flex-col gap-2 text-center sm:text-left",
  footer: "flex flex-col-reverse gap-2 sm:flex-row sm:justify-end",
};

const Dialog = styled(DialogPrimitive.Root, "dialog");
const DialogTrigger = styled(DialogPrimitive.Trigger, "dialog-trigger");
const DialogOverlay = styled(DialogPrimitive.Overlay, "dialog-overlay", dialogClasses.overlay);

function DialogContent({
  className,
  children,
  showCloseButton = true,
  ...props
}: React.ComponentProps<typeof DialogPrimitive.Content> & {
  showCloseButton?: boolean;
}) {
  return (
    <DialogPrimitive.Portal>
      <DialogOverlay />
      <DialogPrimitive.Content
        data-slot="dialog-content"
        className={cn(dialogClasses.content, "max-h-[calc(100dvh-2rem)] overflow-y-auto", className)}
        {...props}
      >
        {children}
        {showCloseButton && (
          <DialogPrimitive.Close
            data-slot="dialog-close"
            className="absolute top-4 right-4 rounded-xs opacity-70 ring-offset-background transition-opacity hover:opacity-100 focus:ring-2 focus:ring-ring focus:ring-offset-2 focus:outline-hidden disabled:pointer-events-none data-[state=open]:bg-accent data-[state=open]:text-muted-foreground [&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4"
          >
            <XIcon />
            <span className="sr-only">Close</span>
          </DialogPrimitive.Close>
        )}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

const DialogHeader = styled("div", "dialog-header", dialogClasses.header);
const DialogFooter = styled("div", "dialog-footer", dialogClasses.footer);
const DialogTitle = styled(DialogPrimitive.Title, "dialog-title", "text-lg leading-none font-semibold");
const DialogDescription = styled(DialogPrimitive.Description, "dialog-description", "text-sm text-muted-foreground");

export { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger };
