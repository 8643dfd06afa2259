"use client";

// An asset's airframe hours and mileage in the viewer's locale ("1.234,5 h" for de-DE), for the details tab
// (a server component) and the list's cells alike.
import { useDisplayPrefs } from "@/components/display-prefs";
import { formatHours, formatMileage } from "@/lib/assets/format";

export function AirframeHours({ hours }: { hours: number | null }) {
  return <>{formatHours(hours, useDisplayPrefs())}</>;
}

export function Mileage({ mileage }: { mileage: number | null }) {
  return <>{formatMileage(mileage, useDisplayPrefs())}</>;
}
