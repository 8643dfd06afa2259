"use client";
// Below `md` the main navigation and the organization live in a sheet that the Main menu button opens; it
// closes when a link is followed (focus then moves to the new page's heading, see route-focus.tsx) or
// when the window grows wide enough to show the navigation in the header.
import { useEffect, useRef, useState } from "react";
import { usePathname } from "next/navigation";
import { MenuIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { NavLinks, type NavItem } from "./nav-links";

// Tailwind's `md` breakpoint.
const WIDE_ENOUGH = "(min-width: 48rem)";

export function MobileNav({ items, organization }: { items: NavItem[]; organization: React.ReactNode }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  // Set when a link to another page closes the sheet: focus goes to that page, not back to the button.
  const leaving = useRef(false);

  useEffect(() => {
    if (!open) return;
    const query = window.matchMedia(WIDE_ENOUGH);
    const closeIfWide = () => {
      if (query.matches) setOpen(false);
    };
    query.addEventListener("change", closeIfWide);
    return () => query.removeEventListener("change", closeIfWide);
  }, [open]);

  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="-ml-2 md:hidden" aria-label="Main menu">
          <MenuIcon aria-hidden="true" className="size-5" />
        </Button>
      </SheetTrigger>
      <SheetContent
        side="left"
        aria-describedby={undefined}
        className="w-72 gap-2"
        onCloseAutoFocus={(event) => {
          if (leaving.current) event.preventDefault();
          leaving.current = false;
        }}
      >
        <SheetHeader>
          <SheetTitle>Customer Hub</SheetTitle>
        </SheetHeader>
        <div className="flex flex-col gap-1.5 px-4 pb-2">{organization}</div>
        <NavLinks
          items={items}
          orientation="vertical"
          className="border-t px-2 pt-3"
          onNavigate={(item) => {
            leaving.current = item.href.split("?")[0] !== pathname;
            setOpen(false);
          }}
        />
      </SheetContent>
    </Sheet>
  );
}
