// Bearer-token authentication for the REST API: an API key becomes the acting context.
import "server-only";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { isApiKeyRole } from "@/lib/api-keys/schemas";
import { apiKeyPattern, hashApiKey } from "@/lib/api-keys/secrets";

const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The context a bearer token acts with, or null for malformed, unknown or revoked keys. The lookup is
 * by hash, so timing reveals nothing about stored keys; lastUsedAt is written at most once a minute.
 */
export async function authenticateApiKey(bearerToken: string | null | undefined): Promise<Ctx | null> {
  const token = bearerToken?.replace(/^Bearer\s+/i, "").trim();
  if (!token || !apiKeyPattern.test(token)) return null;
  const key = await db.apiKey.findUnique({
    where: { hashedKey: hashApiKey(token) },
    select: { id: true, organizationId: true, role: true, createdById: true, revokedAt: true, lastUsedAt: true },
  });
  if (!key || key.revokedAt || !isApiKeyRole(key.role)) return null;
  const staleBefore = new Date(Date.now() - LAST_USED_RESOLUTION_MS);
  if (!key.lastUsedAt || key.lastUsedAt < staleBefore) {
    await db.apiKey.updateMany({
      where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
      data: { lastUsedAt: new Date() },
    });
  }
  return { orgId: key.organizationId, userId: key.createdById, role: key.role, actor: "apiKey", apiKeyId: key.id };
}
