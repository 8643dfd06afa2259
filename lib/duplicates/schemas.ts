// The draft a duplicate check reads (a form being typed, a REST body, an import row), and the
// candidates it answers with. Lenient on purpose: half-typed values are checked, never refused.
import { z } from "zod";
import { optionalText } from "@/lib/validation";
import type { DuplicateReason } from "@/lib/duplicates/scoring";

const contactDraftSchema = z.object({
  email: optionalText("Email", 254),
  phone: optionalText("Phone", 40),
  mobile: optionalText("Mobile", 40),
});

export const duplicateDraftSchema = z.object({
  name: optionalText("Name", 200),
  firstName: optionalText("First name", 100),
  lastName: optionalText("Last name", 100),
  email: optionalText("Email", 254),
  phone: optionalText("Phone", 40),
  secondaryPhone: optionalText("Secondary phone", 40),
  accountNumber: optionalText("Account number", 50),
  website: optionalText("Website", 300),
  postalCode: optionalText("Postal code", 20),
  city: optionalText("City", 100),
  country: optionalText("Country", 2),
  contacts: z.array(contactDraftSchema).max(50).optional(),
  assetIds: z.array(z.uuid()).max(50).optional(),
});

export type DuplicateDraftInput = z.input<typeof duplicateDraftSchema>;

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
