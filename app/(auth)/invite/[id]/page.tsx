// Accept an invitation: a new person sets their name and password; the owner of an existing account
// accepts signed in as that account (or signs in with its password here). Used, revoked, expired or
// unknown links get a clear explanation (unknown ones with HTTP 404).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { roleLabels } from "@/lib/auth/permissions";
import { normalizeEmail } from "@/lib/auth/credentials";
import { getSession } from "@/lib/auth/session";
import { getInvitation } from "@/lib/users/queries";
import { AcceptInvitationForm, type AcceptMode } from "./_components/accept-invitation-form";
import { InvitationProblem } from "./_components/invitation-problem";

export const metadata: Metadata = { title: "Accept invitation" };

const problems = {
  used: [
    "Invitation already used",
    "This invitation has already been accepted or was revoked. If you accepted it, sign in.",
  ],
  expired: ["Invitation expired", "This invitation has expired. Ask an administrator to send you a new one."],
} as const;

export default async function InvitePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const invitation = await getInvitation(id);
  // An unknown link answers HTTP 404 (not-found.tsx explains it).
  if (!invitation) notFound();

  if (invitation.state !== "pending") {
    const [title, description] = problems[invitation.state];
    return <InvitationProblem title={title} description={description} />;
  }

  const signedInAs = (await getSession())?.user.email ?? null;
  const mode: AcceptMode = !invitation.hasAccount
    ? "newAccount"
    : signedInAs && normalizeEmail(signedInAs) === invitation.email
      ? "session"
      : "signIn";
  const guidance = {
    newAccount: "Choose your name and a password to create your account.",
    session: `You are signed in as ${invitation.email}.`,
    signIn:
      `You already have an account: sign in as ${invitation.email} to accept. If an administrator added you ` +
      "with a temporary password, use that.",
  }[mode];

  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-xl">
          <h1>Join {invitation.organizationName}</h1>
        </CardTitle>
        <CardDescription>
          You were invited as <strong>{roleLabels[invitation.role]}</strong> with {invitation.email}. {guidance}
          {mode === "signIn" && signedInAs ? ` (You are signed in as ${signedInAs}; this switches accounts.)` : null}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <AcceptInvitationForm
          invitationId={invitation.id}
          email={invitation.email}
          organizationName={invitation.organizationName}
          mode={mode}
        />
      </CardContent>
    </Card>
  );
}
