// Users settings input: member search params, add/invite forms, role changes; shared by client and server.
import { z } from "zod";
import { roles } from "@/lib/auth/permissions";

export const MIN_PASSWORD_LENGTH = 12;

const email = z.email("Enter a valid email address.").max(254);
const name = z.string().trim().min(1, "Enter a name.").max(100);
const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(128, "Use at most 128 characters.");
const role = z.enum(roles, "Choose a role.");
const id = z.string().min(1).max(100);

/** Lenient: bad URL params fall back to defaults instead of failing the page. */
export const memberSearchParamsSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  perPage: z.coerce.number().int().min(5).max(100).catch(25),
});
export type MemberSearchParams = z.infer<typeof memberSearchParamsSchema>;

export const addUserSchema = z.object({ name, email, role, password });
export type AddUserInput = z.infer<typeof addUserSchema>;

export const inviteUserSchema = z.object({ email, role });
export type InviteUserInput = z.infer<typeof inviteUserSchema>;

export const changeRoleSchema = z.object({ memberId: id, role });
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const memberIdSchema = z.object({ memberId: id });
export const invitationIdSchema = z.object({ invitationId: id });

/** The invite page's form when the invitee has no account yet. */
export const newAccountSchema = z.object({ name, password });
export type NewAccountInput = z.infer<typeof newAccountSchema>;

/** Name and password are required only when no account exists for the invited email. */
export const acceptInvitationSchema = z.object({ invitationId: id, name: name.optional(), password: password.optional() });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;
