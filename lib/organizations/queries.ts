import "server-only";
// Organization reads for the acting context: the defaults new records start from.
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";

export interface OrganizationDefaults {
  defaultCountry: string;
  defaultCurrency: string;
}

export async function getOrganizationDefaults(ctx: Ctx): Promise<OrganizationDefaults> {
  return db.organization.findUniqueOrThrow({
    where: { id: ctx.orgId },
    select: { defaultCountry: true, defaultCurrency: true },
  });
}
