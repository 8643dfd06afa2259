"use client";

// First sign-in: while the user has no time zone or locale of their own, the browser reports its zone and
// language once; when that changes how pages render, they are fetched again. Until then (and if the report
// fails) pages use the organization's defaults, so nothing the server rendered ever mismatches.
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useDisplayPrefs } from "@/components/display-prefs";
import { adoptBrowserDisplayPrefsAction } from "@/lib/preferences/actions";

export function BrowserDisplayPrefsReporter() {
  const router = useRouter();
  const shown = useDisplayPrefs();
  const reported = useRef(false);

  useEffect(() => {
    if (reported.current) return;
    reported.current = true;
    const report = {
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? "",
      locale: navigator.language ?? "",
    };
    void adoptBrowserDisplayPrefsAction(report).then((result) => {
      // A failed report changes nothing: the defaults stay, and the next page load reports again.
      if ("data" in result && (result.data.timeZone !== shown.timeZone || result.data.locale !== shown.locale)) {
        router.refresh();
      }
    });
  }, [router, shown]);

  return null;
}
