// API key reads for Settings: never the secret or its hash.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";

export async function listApiKeys(ctx: Ctx) {
  assertCan(ctx, "apiKey:manage");
  return db.apiKey.findMany({
    where: { organizationId: ctx.orgId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, prefix: true, role: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

export type ApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>[number];
