// The customer list's `?owner=` filter as the owner id to match (null = unowned).
import type { Ctx } from "@/lib/auth/context";

/** "me" is the acting user (an API key without one matches nobody); "none" is unowned. */
export function resolveOwnerFilter(ctx: Ctx, owner: string): string | null {
  if (owner === "none") return null;
  if (owner === "me") return ctx.userId ?? "";
  return owner;
}
