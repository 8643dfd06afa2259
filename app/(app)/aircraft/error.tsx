"use client";

// Unexpected failures on the aircraft pages.
import { RouteError } from "@/components/route-error";

export default function AircraftError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} what="aircraft" />;
}
