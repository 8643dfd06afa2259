// Test factories: every call creates its own organization/users with random unique values, so test
// files and tests never need to clean up or truncate anything.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";

export const uniq = (prefix = "") => `${prefix}${randomUUID().slice(0, 8)}`;

export async function makeOrg(overrides: { name?: string; defaultCountry?: string; defaultCurrency?: string } = {}) {
  const id = randomUUID();
  return db.organization.create({
    data: {
      id,
      name: overrides.name ?? `Org ${id.slice(0, 6)}`,
      slug: `org-${id}`,
      defaultCountry: overrides.defaultCountry ?? "US",
      defaultCurrency: overrides.defaultCurrency ?? "USD",
    },
  });
}

export async function makeUser(orgId: string, role: Role = "staff", overrides: { email?: string; name?: string } = {}) {
  const id = randomUUID();
  const user = await db.user.create({
    data: {
      id,
      name: overrides.name ?? `User ${id.slice(0, 6)}`,
      email: overrides.email ?? `user-${id}@example.test`,
      emailVerified: true,
    },
  });
  await db.member.create({ data: { id: randomUUID(), organizationId: orgId, userId: id, role } });
  return user;
}

export function ctxFor(orgId: string, userId: string | null, role: Role): Ctx {
  return { orgId, userId, role, actor: "user" };
}

/** An organization with one member of every role, and a ready context for each. */
export async function makeOrgWithRoles() {
  const org = await makeOrg();
  const roles: Role[] = ["owner", "admin", "manager", "staff", "viewer"];
  const entries = await Promise.all(
    roles.map(async (role) => [role, ctxFor(org.id, (await makeUser(org.id, role)).id, role)] as const),
  );
  return { org, ctx: Object.fromEntries(entries) as Record<Role, Ctx> };
}
