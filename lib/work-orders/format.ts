// Display helpers shared by work order pages and components (no server imports).
import { assetLabel } from "@/lib/assets/format";

export { assetLabel };

/** The asset's page, /aircraft/{id} or /vehicles/{id}, optionally on one of its tabs. */
export function assetHref(asset: { id: string; kind: "aircraft" | "vehicle" }, tab?: string): string {
  const base = asset.kind === "aircraft" ? `/aircraft/${asset.id}` : `/vehicles/${asset.id}`;
  return tab ? `${base}?tab=${tab}` : base;
}

/** A due date (stored as a calendar date at UTC midnight) back to `YYYY-MM-DD`. */
export function toDateText(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
