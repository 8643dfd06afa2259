// API key writes: create (the plaintext is returned exactly once) and revoke, scoped to ctx.orgId.
// No "server-only" here: the seed script (plain Node) imports createApiKeyWithSecret.
import { db, type Db, type Tx } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { forbidden, notFound } from "@/lib/errors";
import { assignableRoles, roleLabels } from "@/lib/auth/permissions";
import { apiKeyInputSchema, type ApiKeyRole } from "@/lib/api-keys/schemas";
import { apiKeyPattern, getApiKeyPrefix, generateApiKeySecret, hashApiKey } from "@/lib/api-keys/secrets";
import { actorStopReasons, stopJobs } from "@/lib/jobs/stop";
import { isUuid, parseWith } from "@/lib/validation";

export interface NewApiKey {
  orgId: string;
  name: string;
  role: ApiKeyRole;
  createdById: string | null;
  /** A fixed key (the seed's SEED_API_KEY); generated when omitted. */
  secret?: string;
}

export async function createApiKeyWithSecret(tx: Tx | Db, input: NewApiKey) {
  const key = input.secret ?? generateApiKeySecret();
  if (!apiKeyPattern.test(key))
    throw new Error("An API key must be `chub_` followed by at least 32 letters or digits.");
  const row = await tx.apiKey.create({
    data: {
      organizationId: input.orgId,
      name: input.name,
      role: input.role,
      prefix: getApiKeyPrefix(key),
      hashedKey: hashApiKey(key),
      createdById: input.createdById,
    },
    select: { id: true, name: true, role: true, prefix: true, createdAt: true },
  });
  return { ...row, key };
}

export async function createApiKey(ctx: Ctx, raw: unknown) {
  const input = parseWith(apiKeyInputSchema, raw);
  assertCan(ctx, "apiKey:manage");
  if (!assignableRoles(ctx.role).includes(input.role)) {
    throw forbidden(`Your role cannot create keys with the ${roleLabels[input.role]} role.`);
  }
  return createApiKeyWithSecret(db, { orgId: ctx.orgId, name: input.name, role: input.role, createdById: ctx.userId });
}

/**
 * Revoking is permanent and idempotent; a key of another organization is NOT_FOUND. In the same
 * transaction the key's queued jobs are cancelled and its running ones asked to stop at their next batch.
 */
export async function revokeApiKey(ctx: Ctx, id: string) {
  assertCan(ctx, "apiKey:manage");
  if (!isUuid(id)) throw notFound("API key");
  const key = await db.apiKey.findFirst({
    where: { id, organizationId: ctx.orgId },
    select: { id: true, revokedAt: true },
  });
  if (!key) throw notFound("API key");
  if (key.revokedAt) return { id: key.id, revokedAt: key.revokedAt };
  return db.$transaction(async (tx) => {
    const revoked = await tx.apiKey.update({
      where: { id: key.id },
      data: { revokedAt: new Date() },
      select: { id: true, revokedAt: true },
    });
    await stopJobs(
      tx,
      { organizationId: ctx.orgId, actorKind: "apiKey", apiKeyId: key.id },
      actorStopReasons.keyRevoked,
    );
    return revoked;
  });
}
