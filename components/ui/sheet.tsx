"use client";

// A panel that slides in from an edge of the screen (shadcn's Sheet): a Radix Dialog underneath, so it
// traps focus, closes on Escape or a click outside and hands focus back to its trigger.
import * as React from "react";
import { Dialog as SheetPrimitive } from "radix-ui";
import { cva, type VariantProps } from "class-variance-authority";
import { XIcon } from "lucide-react";

import { dialogClasses } from "@/components/ui/dialog";
import { styled } from "@/components/ui/styled";
import { cn } from "@/lib/utils";

const Sheet = styled(SheetPrimitive.Root, "sheet");
const SheetTrigger = styled(SheetPrimitive.Trigger, "sheet-trigger");
const SheetOverlay = styled(SheetPrimitive.Overlay, "sheet-overlay", dialogClasses.overlay);

const sheetVariants = cva("fixed z-50 flex flex-col gap-4 overflow-y-auto bg-background shadow-lg outline-none", {
  variants: {
    side: {
      left: "inset-y-0 left-0 h-full w-3/4 border-r data-[state=open]:animate-slide-in-from-left sm:max-w-sm",
      right: "inset-y-0 right-0 h-full w-3/4 border-l data-[state=open]:animate-slide-in-from-right sm:max-w-sm",
    },
  },
  defaultVariants: { side: "right" },
});

function SheetContent({
  className,
  children,
  side,
  ...props
}: React.ComponentProps<typeof SheetPrimitive.Content> & VariantProps<typeof sheetVariants>) {
  return (
    <SheetPrimitive.Portal>
      <SheetOverlay />
      <SheetPrimitive.Content data-slot="sheet-content" className={cn(sheetVariants({ side }), className)} {...props}>
        {children}
        <SheetPrimitive.Close
          data-slot="sheet-close"
          className="absolute top-3 right-3 flex size-9 items-center justify-center rounded-md opacity-70 transition-opacity hover:bg-accent hover:opacity-100 focus-visible:opacity-100 focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none [&_svg]:size-4"
        >
          <XIcon aria-hidden="true" />
          <span className="sr-only">Close</span>
        </SheetPrimitive.Close>
      </SheetPrimitive.Content>
    </SheetPrimitive.Portal>
  );
}

const SheetHeader = styled("div", "sheet-header", "flex flex-col gap-1.5 p-4 pr-14");
const SheetTitle = styled(SheetPrimitive.Title, "sheet-title", "font-semibold text-foreground");

export { Sheet, SheetContent, SheetHeader, SheetTitle, SheetTrigger };
