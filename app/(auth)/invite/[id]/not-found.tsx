// An invitation link that names no invitation: HTTP 404 with what to do about it.
import { InvitationProblem } from "./_components/invitation-problem";

export default function InvitationNotFound() {
  return (
    <InvitationProblem
      title="Invitation not found"
      description="This invitation link is not valid. Check that you copied the whole link."
    />
  );
}
