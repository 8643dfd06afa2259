"use client";

// Tabs whose open tab lives in the URL (`?tab=`, none for the first), so a reload, a shared link or
// Back shows the same tab. The URL is replaced in place (history.replaceState, which Next's router
// follows): switching tabs adds no history entry, keeps the scroll and does not re-render the page
// on the server.
import type * as React from "react";
import { usePathname, useSearchParams } from "next/navigation";

import { Tabs } from "@/components/ui/tabs";

type UrlTabsProps = {
  /** The tab values; the first opens when `?tab=` names none of them. */
  tabs: readonly string[];
  className?: string;
  children: React.ReactNode;
};

export function UrlTabs({ tabs, className, children }: UrlTabsProps) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const fromUrl = searchParams.get("tab");
  const value = fromUrl !== null && tabs.includes(fromUrl) ? fromUrl : tabs[0];

  function select(next: string) {
    const query = new URLSearchParams(searchParams.toString());
    if (next === tabs[0]) query.delete("tab");
    else query.set("tab", next);
    const search = query.toString();
    window.history.replaceState(null, "", search ? `${pathname}?${search}` : pathname);
  }

  return (
    <Tabs value={value} onValueChange={select} className={className}>
      {children}
    </Tabs>
  );
}
