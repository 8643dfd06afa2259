"use client";

import * as React from "react";
import { Popover as PopoverPrimitive } from "radix-ui";

import { styled } from "@/components/ui/styled";
import { cn } from "@/lib/utils";

const Popover = styled(PopoverPrimitive.Root, "popover");

const PopoverTrigger = styled(PopoverPrimitive.Trigger, "popover-trigger");

function PopoverContent({
  className,
  align = "center",
  sideOffset = 4,
  ...props
}: React.ComponentProps<typeof PopoverPrimitive.Content>) {
  return (
    <PopoverPrimitive.Portal>
      <PopoverPrimitive.Content
        data-slot="popover-content"
        align={align}
        sideOffset={sideOffset}
        className={cn(
          "z-50 w-72 origin-(--radix-popover-content-transform-origin) rounded-md border bg-popover p-4 text-popover-foreground shadow-md outline-hidden data-[state=open]:animate-zoom-in",
          className,
        )}
        {...props}
      />
    </PopoverPrimitive.Portal>
  );
}

export { Popover, PopoverContent, PopoverTrigger };
