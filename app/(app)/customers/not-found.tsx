// An unknown customer id (or one from another organization): same answer either way.
import Link from "next/link";

import { Button } from "@/components/ui/button";

export default function CustomerNotFound() {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-3 py-16 text-center">
      <h2 className="text-lg font-semibold">Customer not found</h2>
      <p className="text-sm text-muted-foreground">It may have been deleted, or the link may be wrong.</p>
      <Button asChild variant="outline">
        <Link href="/customers">Back to customers</Link>
      </Button>
    </div>
  );
}
