"use server";
// Users settings server actions: builder → mutation → revalidate.
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getClientIp, signIn } from "@/lib/auth/login";
import { action, publicAction } from "@/lib/safe-action";
import { acceptInvitation, addUser, changeMemberRole, inviteUser, removeMember, revokeInvitation } from "@/lib/users/mutations";
import {
  acceptInvitationSchema,
  addUserSchema,
  changeRoleSchema,
  invitationIdSchema,
  inviteUserSchema,
  memberIdSchema,
} from "@/lib/users/schemas";

const USERS_PATH = "/settings/users";

export const addUserAction = action(addUserSchema, async (input, ctx) => {
  const result = await addUser(ctx, input);
  revalidatePath(USERS_PATH);
  return result;
});

export const inviteUserAction = action(inviteUserSchema, async (input, ctx) => {
  const result = await inviteUser(ctx, input);
  revalidatePath(USERS_PATH);
  return result;
});

export const revokeInvitationAction = action(invitationIdSchema, async (input, ctx) => {
  const result = await revokeInvitation(ctx, input);
  revalidatePath(USERS_PATH);
  return result;
});

export const changeMemberRoleAction = action(changeRoleSchema, async (input, ctx) => {
  const result = await changeMemberRole(ctx, input);
  revalidatePath(USERS_PATH);
  return result;
});

export const removeMemberAction = action(memberIdSchema, async (input, ctx) => {
  const result = await removeMember(ctx, input);
  revalidatePath(USERS_PATH);
  return result;
});

/** Joins the organization; a newly created account is signed in straight away. */
export const acceptInvitationAction = publicAction(acceptInvitationSchema, async (input) => {
  const result = await acceptInvitation(input);
  if (!result.existingAccount && input.password) {
    const requestHeaders = await headers();
    await signIn({ email: result.email, password: input.password }, { ip: getClientIp(requestHeaders), headers: requestHeaders });
  }
  return { signedIn: !result.existingAccount, email: result.email };
});
