"use client";

// Re-renders the server page every interval while a job runs, so progress survives reloads and tabs.
import { useRouter } from "next/navigation";
import * as React from "react";

export function AutoRefresh({ active, intervalMs = 1000 }: { active: boolean; intervalMs?: number }) {
  const router = useRouter();
  React.useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => router.refresh(), intervalMs);
    return () => window.clearInterval(timer);
  }, [active, intervalMs, router]);
  return null;
}
