// Users settings input: add/invite forms, role changes; shared by client and server.
import { z } from "zod";
import { roles } from "@/lib/auth/permissions";
import { textSchema } from "@/lib/validation";

export const MIN_PASSWORD_LENGTH = 12;

const email = z.email("Enter a valid email address.").max(254);
const name = textSchema("Name").trim().min(1, "Enter a name.").max(100);
const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(128, "Use at most 128 characters.");
const role = z.enum(roles, "Choose a role.");
const id = textSchema("The id").min(1).max(100);

export const addUserSchema = z.object({ name, email, role, password });

export const inviteUserSchema = z.object({ email, role });

export const changeRoleSchema = z.object({ memberId: id, role });

export const memberIdSchema = z.object({ memberId: id });
export const invitationIdSchema = z.object({ invitationId: id });

/** The invite page's form when no account exists for the invited email yet. */
export const newAccountSchema = z.object({ name, password });
export type NewAccountInput = z.infer<typeof newAccountSchema>;

/** The invite page's form for an existing account that is not signed in: its own password. */
export const accountPasswordSchema = z.object({ password: z.string().min(1, "Enter your password.").max(128) });

/**
 * How the invitee proves who they are: the current session ("session"), signing in with the account's
 * password ("signIn"), or creating the account, only possible when none exists ("newAccount").
 */
export const acceptInvitationSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("session"), invitationId: id }),
  z.object({ mode: z.literal("signIn"), invitationId: id, password: accountPasswordSchema.shape.password }),
  z.object({ mode: z.literal("newAccount"), invitationId: id, name, password }),
]);
