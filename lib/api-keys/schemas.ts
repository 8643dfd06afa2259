// API key input, shared by the create dialog and its server action.
import { z } from "zod";
import { textSchema } from "@/lib/validation";
import type { Role } from "@/lib/auth/permissions";

/** Keys act as one of these roles; never as owner. */
export const apiKeyRoles = ["viewer", "staff", "manager", "admin"] as const satisfies readonly Role[];
export type ApiKeyRole = (typeof apiKeyRoles)[number];

export function isApiKeyRole(value: unknown): value is ApiKeyRole {
  return typeof value === "string" && (apiKeyRoles as readonly string[]).includes(value);
}

export const apiKeyInputSchema = z.object({
  name: textSchema("Name").trim().min(1, "Enter a name.").max(100, "Use at most 100 characters."),
  role: z.enum(apiKeyRoles, "Choose a role."),
});
export type ApiKeyInput = z.infer<typeof apiKeyInputSchema>;

export const apiKeyIdSchema = z.object({ id: textSchema("The id").min(1).max(100) });
