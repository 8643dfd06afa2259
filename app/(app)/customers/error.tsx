"use client";

// Unexpected failures on the customer pages.
import { RouteError } from "@/components/route-error";

export default function CustomersError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} what="customers" />;
}
