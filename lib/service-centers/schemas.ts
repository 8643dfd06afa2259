// Service center validation shared by the settings form, the server actions and the REST API.
import { z } from "zod";
import { textSchema } from "@/lib/validation";

const serviceCenterLimits = { name: 100, code: 10 } as const;

const name = textSchema("Name")
  .trim()
  .min(1, "Name is required")
  .max(serviceCenterLimits.name, `Name must be at most ${serviceCenterLimits.name} characters`);

/** Airport-style code (KTYS): stored upper-case, 2–10 letters or digits. */
const code = textSchema("Code")
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{2,10}$/, "Use 2–10 letters or digits, such as KTYS");

export const serviceCenterInputSchema = z.object({
  name,
  code,
  active: z.boolean({ error: "Active must be true or false" }).default(true),
});
export type ServiceCenterInput = z.input<typeof serviceCenterInputSchema>;

const version = z.number({ error: "Reload the service center and try again" }).int().positive();

/** REST PATCH: any subset of fields; `version` optional. */
export const serviceCenterPatchSchema = z.object({
  name: name.optional(),
  code: code.optional(),
  active: z.boolean({ error: "Active must be true or false" }).optional(),
  version: version.optional(),
});

/** The settings edit form: every field, with the version it was read at. */
export const serviceCenterUpdateSchema = serviceCenterInputSchema.extend({ version });
