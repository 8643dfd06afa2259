"use client";

// Unexpected failures on settings pages.
import { RouteError } from "@/components/route-error";

export default function SettingsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} what="settings" />;
}
