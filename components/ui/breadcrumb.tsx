// Breadcrumb parts (shadcn's Breadcrumb): a labelled nav holding an ordered list of links, chevron
// separators hidden from screen readers, and the current page marked with aria-current.
import * as React from "react";
import { Slot as SlotPrimitive } from "radix-ui";
import { ChevronRightIcon } from "lucide-react";

import { styled } from "@/components/ui/styled";
import { cn } from "@/lib/utils";

function Breadcrumb(props: React.ComponentProps<"nav">) {
  return <nav aria-label="Breadcrumb" data-slot="breadcrumb" {...props} />;
}

const BreadcrumbList = styled(
  "ol",
  "breadcrumb-list",
  "flex min-w-0 items-center gap-1.5 text-sm break-words text-muted-foreground sm:gap-2",
);
const BreadcrumbItem = styled("li", "breadcrumb-item", "inline-flex min-w-0 items-center gap-1.5");

function BreadcrumbLink({ asChild, className, ...props }: React.ComponentProps<"a"> & { asChild?: boolean }) {
  const Comp = asChild ? SlotPrimitive.Slot : "a";
  return (
    <Comp
      data-slot="breadcrumb-link"
      className={cn(
        "rounded-sm transition-colors outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50",
        className,
      )}
      {...props}
    />
  );
}

const BreadcrumbPage = styled("span", "breadcrumb-page", "font-normal text-foreground");

function BreadcrumbSeparator({ children, className, ...props }: React.ComponentProps<"li">) {
  return (
    <li
      data-slot="breadcrumb-separator"
      role="presentation"
      aria-hidden="true"
      className={cn("shrink-0 [&>svg]:size-3.5", className)}
      {...props}
    >
      {children ?? <ChevronRightIcon />}
    </li>
  );
}

export { Breadcrumb, BreadcrumbItem, BreadcrumbLink, BreadcrumbList, BreadcrumbPage, BreadcrumbSeparator };
