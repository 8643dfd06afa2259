"use client";

// Unexpected failures on the vehicles pages.
import { RouteError } from "@/components/route-error";

export default function VehicleError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} what="vehicles" />;
}
