"use client";

// Unexpected failures on the aircraft pages.
import { AssetError } from "../_components/assets/asset-error";

export default function AircraftError({ error, retry }: { error: unknown; retry: () => void }) {
  return <AssetError error={error} retry={retry} what="aircraft" />;
}
