import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Role } from "@/lib/auth/permissions";
import { authenticateApiKey } from "@/lib/api-keys/authenticate";
import { createApiKey, createApiKeyWithSecret, revokeApiKey } from "@/lib/api-keys/mutations";
import { listApiKeys } from "@/lib/api-keys/queries";
import { apiKeyInputSchema, type ApiKeyInput } from "@/lib/api-keys/schemas";
import { makeOrgWithRoles } from "@/tests/factories";

describe("API keys", () => {
  it("returns the key once and stores only its SHA-256 hash and prefix", async () => {
    const { org, ctx } = await makeOrgWithRoles();
    const created = await createApiKey(ctx.admin, { name: "ERP sync", role: "manager" });

    expect(created.key).toMatch(/^chub_[0-9A-Za-z]{40}$/);
    expect(created.prefix).toBe(created.key.slice(0, 12));
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      organizationId: org.id,
      role: "manager",
      createdById: ctx.admin.userId,
      hashedKey: createHash("sha256").update(created.key).digest("hex"),
    });
    expect(JSON.stringify(row)).not.toContain(created.key);

    const listed = await listApiKeys(ctx.admin);
    expect(listed).toEqual([
      {
        id: created.id,
        name: "ERP sync",
        prefix: created.prefix,
        role: "manager",
        createdAt: expect.any(Date),
        lastUsedAt: null,
        revokedAt: null,
      },
    ]);
  });

  it("authenticates a bearer token as the key's organization and role", async () => {
    const { org, ctx } = await makeOrgWithRoles();
    const { id, key } = await createApiKey(ctx.owner, { name: "Integration", role: "staff" });

    await expect(authenticateApiKey(`Bearer ${key}`)).resolves.toEqual({
      orgId: org.id,
      userId: ctx.owner.userId,
      role: "staff",
      actor: "apiKey",
      apiKeyId: id,
    });
    await expect(authenticateApiKey(key)).resolves.toMatchObject({ apiKeyId: id });
  });

  it("records lastUsedAt at most once a minute", async () => {
    const { ctx } = await makeOrgWithRoles();
    const { id, key } = await createApiKey(ctx.admin, { name: "Usage", role: "viewer" });
    await authenticateApiKey(key);
    const first = (await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await authenticateApiKey(key);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(first);

    await db.apiKey.update({ where: { id }, data: { lastUsedAt: new Date(Date.now() - 120_000) } });
    await authenticateApiKey(key);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt!.getTime()).toBeGreaterThan(
      Date.now() - 5_000,
    );
  });

  it("rejects revoked, unknown and malformed tokens", async () => {
    const { ctx } = await makeOrgWithRoles();
    const { id, key } = await createApiKey(ctx.admin, { name: "Old", role: "admin" });
    const revoked = await revokeApiKey(ctx.admin, id);
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    await expect(revokeApiKey(ctx.admin, id)).resolves.toEqual(revoked);

    await expect(authenticateApiKey(key)).resolves.toBeNull();
    await expect(authenticateApiKey(`chub_${"x".repeat(40)}`)).resolves.toBeNull();
    await expect(authenticateApiKey("not-a-key")).resolves.toBeNull();
    await expect(authenticateApiKey("")).resolves.toBeNull();
    await expect(authenticateApiKey(null)).resolves.toBeNull();
    expect((await listApiKeys(ctx.admin))[0]).toMatchObject({ id, revokedAt: expect.any(Date) });
  });

  it("treats another organization's key as not found", async () => {
    const mine = await makeOrgWithRoles();
    const theirs = await makeOrgWithRoles();
    const { id, key } = await createApiKey(theirs.ctx.admin, { name: "Theirs", role: "staff" });
    await expect(revokeApiKey(mine.ctx.owner, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(revokeApiKey(mine.ctx.owner, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listApiKeys(mine.ctx.owner)).toEqual([]);
    await expect(authenticateApiKey(key)).resolves.toMatchObject({ orgId: theirs.org.id });
  });

  it("creates a key with a fixed secret for the seed, and refuses a malformed one", async () => {
    const { org, ctx } = await makeOrgWithRoles();
    const secret = `chub_${"Seed1".repeat(8)}`;
    const created = await createApiKeyWithSecret(db, {
      orgId: org.id,
      name: "Seed",
      role: "admin",
      secret,
      createdById: ctx.owner.userId,
    });
    expect(created.key).toBe(secret);
    await expect(authenticateApiKey(secret)).resolves.toMatchObject({ orgId: org.id, role: "admin" });
    await expect(
      createApiKeyWithSecret(db, { orgId: org.id, name: "Bad", role: "admin", secret: "short", createdById: null }),
    ).rejects.toThrow(/chub_/);
  });

  it("never creates a key acting as owner", async () => {
    const { ctx } = await makeOrgWithRoles();
    expect(apiKeyInputSchema.safeParse({ name: "Owner key", role: "owner" }).success).toBe(false);
    const input = { name: "Owner key", role: "owner" } as unknown as ApiKeyInput;
    await expect(createApiKey(ctx.owner, input)).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it.each<[Role, boolean]>([
    ["owner", true],
    ["admin", true],
    ["manager", false],
    ["staff", false],
    ["viewer", false],
  ])("%s may manage keys: %s", async (role, may) => {
    const { ctx } = await makeOrgWithRoles();
    const existing = await createApiKey(ctx.owner, { name: "Existing", role: "viewer" });
    const calls = [
      () => createApiKey(ctx[role], { name: "New", role: "viewer" }),
      () => listApiKeys(ctx[role]),
      () => revokeApiKey(ctx[role], existing.id),
    ];
    for (const call of calls) {
      if (may) await expect(call()).resolves.toBeTruthy();
      else await expect(call()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
