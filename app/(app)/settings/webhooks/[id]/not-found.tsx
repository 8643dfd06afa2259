// An unknown webhook endpoint id (or one from another organization): same answer either way.
import Link from "next/link";

import { Button } from "@/components/ui/button";

export default function WebhookNotFound() {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-3 py-16 text-center">
      <h2 className="text-lg font-semibold">Webhook endpoint not found</h2>
      <p className="text-sm text-muted-foreground">It may have been deleted, or the link may be wrong.</p>
      <Button asChild variant="outline">
        <Link href="/settings/webhooks">Back to webhooks</Link>
      </Button>
    </div>
  );
}
