// An invitation link that names no invitation: HTTP 404 with what to do about it.
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";

export default function InvitationNotFound() {
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-xl">
          <h1>Invitation not found</h1>
        </CardTitle>
        <CardDescription>This invitation link is not valid. Check that you copied the whole link.</CardDescription>
      </CardHeader>
      <CardFooter>
        <Button asChild variant="outline" className="w-full">
          <Link href="/login">Go to sign in</Link>
        </Button>
      </CardFooter>
    </Card>
  );
}
