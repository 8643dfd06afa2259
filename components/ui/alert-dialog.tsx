"use client";

import * as React from "react";
import { AlertDialog as AlertDialogPrimitive } from "radix-ui";

import { buttonVariants } from "@/components/ui/button";
import { dialogClasses } from "@/components/ui/dialog";
import { styled } from "@/components/ui/styled";
import { cn } from "@/lib/utils";

const AlertDialog = styled(AlertDialogPrimitive.Root, "alert-dialog");
const AlertDialogTrigger = styled(AlertDialogPrimitive.Trigger, "alert-dialog-trigger");
const AlertDialogOverlay = styled(AlertDialogPrimitive.Overlay, "alert-dialog-overlay", dialogClasses.overlay);

function AlertDialogContent({ className, ...props }: React.ComponentProps<typeof AlertDialogPrimitive.Content>) {
  return (
    <AlertDialogPrimitive.Portal>
      <AlertDialogOverlay />
      <AlertDialogPrimitive.Content
        data-slot="alert-dialog-content"
        className={cn(dialogClasses.content, "max-h-[calc(100dvh-2rem)] overflow-y-auto", className)}
        {...props}
      />
    </AlertDialogPrimitive.Portal>
  );
}

const AlertDialogHeader = styled("div", "alert-dialog-header", dialogClasses.header);
const AlertDialogFooter = styled("div", "alert-dialog-footer", dialogClasses.footer);
const AlertDialogTitle = styled(AlertDialogPrimitive.Title, "alert-dialog-title", "text-lg font-semibold break-words");
const AlertDialogDescription = styled(
  AlertDialogPrimitive.Description,
  "alert-dialog-description",
  "text-sm break-words text-muted-foreground",
);

function AlertDialogAction({
  className,
  variant = "default",
  ...props
}: React.ComponentProps<typeof AlertDialogPrimitive.Action> & {
  variant?: "default" | "destructive";
}) {
  return (
    <AlertDialogPrimitive.Action
      data-slot="alert-dialog-action"
      className={cn(buttonVariants({ variant }), className)}
      {...props}
    />
  );
}

const AlertDialogCancel = styled(
  AlertDialogPrimitive.Cancel,
  "alert-dialog-cancel",
  buttonVariants({ variant: "outline" }),
);

export {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
};
