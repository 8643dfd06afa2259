// The acting context every data-layer function receives, and the one place roles are enforced.
import { AppError } from "@/lib/errors";
import { can, type Permission, type Role } from "@/lib/auth/permissions";

/** "system": the app's own scheduled work (the nightly retention job), acting for no member. */
type ActorKind = "user" | "apiKey" | "system";

export interface Ctx {
  orgId: string;
  /** The acting user, or for API keys the user who created the key (may be null). */
  userId: string | null;
  role: Role;
  actor: ActorKind;
  /** API key id when actor is "apiKey". */
  apiKeyId?: string;
}

export function assertCan(ctx: Ctx, permission: Permission): void {
  if (!can(ctx.role, permission)) {
    throw new AppError("FORBIDDEN", "Your role does not allow this action.");
  }
}
