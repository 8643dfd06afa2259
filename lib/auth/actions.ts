"use server";
// Sign in, sign out and switch organization: thin wrappers over lib/auth for the login page and shell.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getAuth } from "@/lib/auth/auth";
import { signIn } from "@/lib/auth/login";
import { switchActiveOrganization } from "@/lib/auth/membership";
import { sanitizeNextPath } from "@/lib/auth/next-path";
import { signInSchema, switchOrganizationSchema } from "@/lib/auth/schemas";
import { requireSession } from "@/lib/auth/session";
import { getClientIp } from "@/lib/http/client-ip";
import { action, publicAction } from "@/lib/safe-action";

/** Signs in and redirects to `next` (a relative path) or the customer list. */
export const signInAction = publicAction(signInSchema, async (input) => {
  const requestHeaders = await headers();
  await signIn(input, { ip: getClientIp(requestHeaders), headers: requestHeaders });
  redirect(sanitizeNextPath(input.next));
});

export async function signOutAction(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/login");
}

export const switchOrganizationAction = action(switchOrganizationSchema, async ({ organizationId }) => {
  const { session } = await requireSession();
  await switchActiveOrganization(session, organizationId);
  revalidatePath("/", "layout");
  return { organizationId };
});
