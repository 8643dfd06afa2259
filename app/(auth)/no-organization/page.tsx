// Shown to a signed-in user who belongs to no organization (e.g. removed from their last one).
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { signOutAction } from "@/lib/auth/actions";
import { resolveSessionCtx } from "@/lib/auth/membership";
import { getSession } from "@/lib/auth/session";

export const metadata: Metadata = { title: "No organization" };

export default async function NoOrganizationPage() {
  const session = await getSession();
  if (!session) redirect("/login");
  if (await resolveSessionCtx(session.user.id, session.session.activeOrganizationId)) redirect("/customers");

  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-xl">
          <h1>No organization</h1>
        </CardTitle>
        <CardDescription>
          You are signed in as {session.user.email}, but this account is not a member of any organization. If an
          administrator sent you an invitation link, open it to join; otherwise ask them for one.
        </CardDescription>
      </CardHeader>
      <CardFooter>
        <form action={signOutAction} className="w-full">
          <Button type="submit" variant="outline" className="w-full">
            Sign out
          </Button>
        </form>
      </CardFooter>
    </Card>
  );
}
