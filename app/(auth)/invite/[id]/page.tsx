// Accept an invitation: a new person sets their name and password; someone who already has an
// account just joins. Used, revoked, expired or unknown links get a clear explanation.
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { roleLabels } from "@/lib/auth/permissions";
import { getInvitation } from "@/lib/users/queries";
import { AcceptInvitationForm } from "./_components/accept-invitation-form";

export const metadata: Metadata = { title: "Accept invitation" };

const problems = {
  missing: ["Invitation not found", "This invitation link is not valid. Check that you copied the whole link."],
  used: ["Invitation already used", "This invitation has already been accepted or was revoked. If you accepted it, sign in."],
  expired: ["Invitation expired", "This invitation has expired. Ask an administrator to send you a new one."],
} as const;

export default async function InvitePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const invitation = await getInvitation(id);
  const problem = !invitation ? problems.missing : invitation.state !== "pending" ? problems[invitation.state] : null;

  if (!invitation || problem) {
    const [title, description] = problem ?? problems.missing;
    return (
      <Card>
        <CardHeader>
          <CardTitle className="text-xl">{title}</CardTitle>
          <CardDescription>{description}</CardDescription>
        </CardHeader>
        <CardFooter>
          <Button asChild variant="outline" className="w-full">
            <Link href="/login">Go to sign in</Link>
          </Button>
        </CardFooter>
      </Card>
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-xl">Join {invitation.organizationName}</CardTitle>
        <CardDescription>
          You were invited as <strong>{roleLabels[invitation.role]}</strong> with {invitation.email}.
          {invitation.hasAccount ? " You already have an account: accept, then sign in with your password." : null}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <AcceptInvitationForm invitationId={invitation.id} email={invitation.email} hasAccount={invitation.hasAccount} />
      </CardContent>
    </Card>
  );
}
