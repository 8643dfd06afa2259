"use client";
// Main navigation links, highlighting the section of the current page: a row in the header from `md`
// up, a column in the menu sheet below it.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

export interface NavItem {
  href: string;
  label: string;
  /** Path prefix that marks the item current (defaults to href). */
  match?: string;
}

interface NavLinksProps {
  items: NavItem[];
  orientation?: "horizontal" | "vertical";
  className?: string;
  /** Called when a link is followed (the menu sheet closes). */
  onNavigate?: (item: NavItem) => void;
}

export function NavLinks({ items, orientation = "horizontal", className, onNavigate }: NavLinksProps) {
  const pathname = usePathname();
  const vertical = orientation === "vertical";
  return (
    <nav aria-label="Main" className={className}>
      <ul className={cn("flex gap-1", vertical ? "flex-col" : "items-center")}>
        {items.map((item) => {
          const prefix = item.match ?? item.href;
          const active = pathname === prefix || pathname.startsWith(`${prefix}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                onClick={() => onNavigate?.(item)}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "block rounded-md font-medium whitespace-nowrap text-muted-foreground transition-colors outline-none hover:bg-accent hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50",
                  vertical ? "px-3 py-2.5 text-base" : "px-2.5 py-1.5 text-sm lg:px-3",
                  active && "bg-accent text-foreground",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
