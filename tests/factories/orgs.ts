// Organizations, users and acting contexts: every call makes its own organization or user with
// random unique values.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { createUserWithPassword } from "@/lib/auth/credentials";
import type { Role } from "@/lib/auth/permissions";

export const uniq = (prefix = "") => `${prefix}${randomUUID().slice(0, 8)}`;

export async function makeOrg(
  overrides: {
    name?: string;
    defaultCountry?: string;
    defaultCurrency?: string;
    defaultTimeZone?: string;
    defaultLocale?: string;
  } = {},
) {
  const id = randomUUID();
  return db.organization.create({
    data: {
      id,
      name: overrides.name ?? `Org ${id.slice(0, 6)}`,
      slug: `org-${id}`,
      defaultCountry: overrides.defaultCountry ?? "US",
      defaultCurrency: overrides.defaultCurrency ?? "USD",
      defaultTimeZone: overrides.defaultTimeZone,
      defaultLocale: overrides.defaultLocale,
    },
  });
}

function addMember(orgId: string, userId: string, role: Role, createdAt?: Date) {
  return db.member.create({ data: { id: randomUUID(), organizationId: orgId, userId, role, createdAt } });
}

export async function makeUser(
  orgId: string,
  role: Role = "staff",
  overrides: { email?: string; name?: string; timeZone?: string | null; locale?: string | null } = {},
) {
  const id = randomUUID();
  const user = await db.user.create({
    data: {
      id,
      name: overrides.name ?? `User ${id.slice(0, 6)}`,
      email: overrides.email ?? `user-${id}@example.test`,
      emailVerified: true,
      timeZone: overrides.timeZone,
      locale: overrides.locale,
    },
  });
  await addMember(orgId, id, role);
  return user;
}

/**
 * A user who signs in with `password`: a member (as `role`) of each of `orgIds` in order, each
 * membership a day older than the next — or of a new organization when none is given.
 */
export async function makeSignInUser(
  password: string,
  options: { orgIds?: string[]; role?: Role; emailPrefix?: string; name?: string } = {},
) {
  const orgIds = options.orgIds ?? [(await makeOrg()).id];
  const email = `${uniq(options.emailPrefix ?? "signin-")}@example.test`;
  const user = await createUserWithPassword(db, { email, name: options.name ?? "Sign-in User", password });
  for (const [i, orgId] of orgIds.entries()) {
    await addMember(orgId, user.id, options.role ?? "staff", new Date(Date.UTC(2026, 0, i + 1)));
  }
  return { user, email, orgId: orgIds[0]! };
}

export function ctxFor(orgId: string, userId: string | null, role: Role): Ctx {
  return { orgId, userId, role, actor: "user" };
}

/** An organization with one member of every role: a ready context for each, by role and in `ctx`. */
export async function makeOrgWithRoles() {
  const org = await makeOrg();
  const roles: Role[] = ["owner", "admin", "manager", "staff", "viewer"];
  const entries = await Promise.all(
    roles.map(async (role) => [role, ctxFor(org.id, (await makeUser(org.id, role)).id, role)] as const),
  );
  const ctx = Object.fromEntries(entries) as Record<Role, Ctx>;
  return { org, ctx, ...ctx };
}

/** makeOrgWithRoles, plus the owner of another organization, whose records must stay out of reach. */
export async function makeOrgWithOutsider() {
  const [home, other] = await Promise.all([makeOrgWithRoles(), makeOrgWithRoles()]);
  return { ...home, outsider: other.owner };
}
