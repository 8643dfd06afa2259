"use client";

// Unexpected failures on the work order pages.
import { RouteError } from "@/components/route-error";

export default function WorkOrdersError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} what="work orders" />;
}
