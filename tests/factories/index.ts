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

/** A service center written directly (its own tests go through lib/service-centers). */
export function makeServiceCenter(orgId: string, overrides: { code?: string; name?: string; active?: boolean } = {}) {
  const code =
    overrides.code ??
    `K${randomUUID()
      .replace(/[^A-F0-9]/gi, "")
      .slice(0, 5)
      .toUpperCase()}`;
  return db.serviceCenter.create({
    data: { organizationId: orgId, code, name: overrides.name ?? `Center ${code}`, active: overrides.active ?? true },
  });
}

/** An aircraft (unique random registration) or a vehicle, written directly. */
export function makeAssetRow(
  orgId: string,
  overrides: { kind?: "aircraft" | "vehicle"; registration?: string; make?: string; model?: string } = {},
) {
  const kind = overrides.kind ?? "aircraft";
  const registration =
    kind === "aircraft" ? (overrides.registration ?? `N${randomUUID().replace(/\D/g, "").slice(0, 5)}`) : null;
  return db.asset.create({
    data: {
      organizationId: orgId,
      kind,
      registration,
      make: overrides.make ?? (kind === "aircraft" ? "Cessna" : "Ford"),
      model: overrides.model ?? (kind === "aircraft" ? "172S" : "Transit"),
      searchText: (registration ?? "").toLowerCase(),
    },
  });
}

/** A link between an asset and a customer, written directly (rules live in lib/asset-links). */
export function makeAssetLinkRow(
  orgId: string,
  assetId: string,
  customerId: string,
  overrides: { isPrimary?: boolean; status?: "current" | "former" | "prospective" } = {},
) {
  return db.assetCustomer.create({
    data: {
      organizationId: orgId,
      assetId,
      customerId,
      isPrimary: overrides.isPrimary ?? false,
      status: overrides.status ?? "current",
    },
  });
}

/** A started import's row in the table, with `errors` failed rows (numbered from 2), written directly. */
export async function makeImportWithErrors(orgId: string, errors: number) {
  const file = await db.customerImport.create({
    data: {
      organizationId: orgId,
      filename: uniq("import-") + ".csv",
      byteSize: 1,
      chunkCount: 0,
      format: "csv",
      headers: ["Name"],
    },
  });
  await db.importRowIssue.createMany({
    data: Array.from({ length: errors }, (_, i) => ({
      importId: file.id,
      rowNumber: i + 2,
      severity: "error",
      messages: [{ column: "Name", message: "Name is required" }],
      cells: [""],
    })),
  });
  return file;
}
