"use client";

// Error boundary body for a section's pages: a generic message, the error reference and a retry.
import { useEffect } from "react";
import { RotateCwIcon } from "lucide-react";

import { Button } from "@/components/ui/button";

export function RouteError({ error, retry, what }: { error: unknown; retry: () => void; what: string }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div role="alert" className="mx-auto flex max-w-md flex-col items-center gap-3 py-16 text-center">
      <h2 className="text-lg font-semibold">Something went wrong loading {what}</h2>
      <p className="text-sm text-muted-foreground">
        Please try again. If it keeps happening, contact support
        {digest ? (
          <>
            {" "}
            and mention reference <span className="font-mono">{digest}</span>
          </>
        ) : null}
        .
      </p>
      <Button variant="outline" onClick={() => retry()}>
        <RotateCwIcon aria-hidden="true" />
        Try again
      </Button>
    </div>
  );
}
