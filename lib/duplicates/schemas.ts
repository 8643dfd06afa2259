// The draft a duplicate check reads (a form being typed, a REST body, an import row), and the
// candidates it answers with. Lenient on purpose: half-typed values are checked, never refused.
import { z } from "zod";
import { optionalText } from "@/lib/validation";
import { limits } from "@/lib/customers/fields";
import type { DuplicateReason } from "@/lib/duplicates/scoring";

const contactDraftSchema = z.object({
  email: optionalText("Email", limits.email),
  phone: optionalText("Phone", limits.phone),
  mobile: optionalText("Mobile", limits.phone),
});

export const duplicateDraftSchema = z.object({
  name: optionalText("Name", limits.name),
  firstName: optionalText("First name", limits.personName),
  lastName: optionalText("Last name", limits.personName),
  email: optionalText("Email", limits.email),
  phone: optionalText("Phone", limits.phone),
  secondaryPhone: optionalText("Secondary phone", limits.phone),
  accountNumber: optionalText("Account number", limits.accountNumber),
  website: optionalText("Website", limits.website),
  postalCode: optionalText("Postal code", limits.postalCode),
  city: optionalText("City", limits.city),
  country: optionalText("Country", 2),
  contacts: z.array(contactDraftSchema).max(50).optional(),
  assetIds: z.array(z.uuid()).max(50).optional(),
});

/** A likely duplicate as the form, REST and imports show it. */
export interface DuplicateCandidate {
  id: string;
  name: string;
  accountNumber: string | null;
  email: string | null;
  city: string | null;
  archived: boolean;
  /** 0–100 (lib/duplicates/scoring.ts). */
  score: number;
  reasons: DuplicateReason[];
}

const reasonValueKinds = ["accountNumber", "email", "contactEmail", "phone", "contactPhone", "websiteDomain"] as const;

/** The documented shape of a candidate (REST 409 bodies, OpenAPI). */
export const duplicateCandidateSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  accountNumber: z.string().nullable(),
  email: z.string().nullable(),
  city: z.string().nullable(),
  archived: z.boolean(),
  score: z.number().int().min(0).max(100).describe("0–100: how likely a duplicate"),
  reasons: z.array(
    z.discriminatedUnion("kind", [
      z.object({ kind: z.enum(reasonValueKinds), value: z.string().describe("The shared value") }),
      z.object({
        kind: z.literal("similarName"),
        similarity: z.number().min(0).max(1).describe("Trigram similarity of the folded names"),
        samePostalCode: z.boolean(),
        sameCity: z.boolean(),
      }),
      z.object({ kind: z.literal("sharedAsset"), assetId: z.uuid(), label: z.string() }),
    ]) satisfies z.ZodType<DuplicateReason>,
  ),
}) satisfies z.ZodType<DuplicateCandidate>;
