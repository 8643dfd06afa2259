"use server";
// Users settings server actions: builder → mutation → revalidate.
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { signIn } from "@/lib/auth/login";
import { getClientIp } from "@/lib/http/client-ip";
import { getSession } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { action, passThrough, publicAction } from "@/lib/safe-action";
import { acceptInvitation, acceptInvitationWithNewAccount, findOpenInvitationEmail } from "@/lib/users/acceptance";
import { addUser, changeMemberRole, inviteUser, removeMember, revokeInvitation } from "@/lib/users/mutations";
import {
  acceptInvitationSchema,
  addUserSchema,
  changeRoleSchema,
  invitationIdSchema,
  inviteUserSchema,
  memberIdSchema,
} from "@/lib/users/schemas";

const USERS_PATH = "/settings/users";

export const addUserAction = action(passThrough(addUserSchema), async (input, ctx) => {
  const result = await addUser(ctx, input);
  revalidatePath(USERS_PATH);
  return result;
});

export const inviteUserAction = action(passThrough(inviteUserSchema), async (input, ctx) => {
  const result = await inviteUser(ctx, input);
  revalidatePath(USERS_PATH);
  return result;
});

export const revokeInvitationAction = action(invitationIdSchema, async (input, ctx) => {
  const result = await revokeInvitation(ctx, input);
  revalidatePath(USERS_PATH);
  return result;
});

export const changeMemberRoleAction = action(passThrough(changeRoleSchema), async (input, ctx) => {
  const result = await changeMemberRole(ctx, input);
  revalidatePath(USERS_PATH);
  return result;
});

export const removeMemberAction = action(memberIdSchema, async (input, ctx) => {
  const result = await removeMember(ctx, input);
  revalidatePath(USERS_PATH);
  return result;
});

async function signInFromRequest(email: string, password: string) {
  const requestHeaders = await headers();
  return signIn({ email, password }, { ip: getClientIp(requestHeaders), headers: requestHeaders });
}

/**
 * Joins the invitation's organization as the invited account: the current session, a sign-in with the
 * account's own password (throttled like the login page), or a new account when the email has none.
 * Afterwards the browser is signed in as that account.
 */
export const acceptInvitationAction = publicAction(acceptInvitationSchema, async (input) => {
  if (input.mode === "newAccount") {
    const joined = await acceptInvitationWithNewAccount(input);
    // The account exists and has joined either way; if signing in is refused (throttled), the login page takes over.
    const signedIn = await signInFromRequest(joined.email, input.password).then(
      () => true,
      (error: unknown) => {
        if (isAppError(error)) return false;
        throw error;
      },
    );
    return { ...joined, signedIn };
  }
  if (input.mode === "signIn") {
    const email = await findOpenInvitationEmail(input.invitationId);
    const { token } = await signInFromRequest(email, input.password);
    return { ...(await acceptInvitation(input, { sessionToken: token })), signedIn: true };
  }
  const session = await getSession();
  if (!session) throw new AppError("UNAUTHORIZED", "Sign in to accept this invitation.");
  return { ...(await acceptInvitation(input, { sessionToken: session.session.token })), signedIn: true };
});
