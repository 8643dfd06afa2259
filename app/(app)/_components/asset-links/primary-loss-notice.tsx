"use client";

// In the archive confirmation: which aircraft and vehicles lose this customer as primary, and who
// becomes primary instead. Loaded when the dialog opens (the component mounts with it).
import * as React from "react";
import Link from "next/link";
import { Loader2Icon } from "lucide-react";

import { describePrimaryLossAction } from "@/lib/customers/actions";
import type { PrimaryLoss } from "@/lib/asset-links/primary-loss";
import { assetHref } from "@/lib/assets/format";

type LossState =
  { status: "loading" } | { status: "failed"; message: string } | { status: "ready"; losses: PrimaryLoss[] };

export function PrimaryLossNotice({ customerId }: { customerId: string }) {
  const [state, setState] = React.useState<LossState>({ status: "loading" });

  React.useEffect(() => {
    let current = true;
    describePrimaryLossAction({ id: customerId }).then((result) => {
      if (!current) return;
      setState(
        "error" in result
          ? { status: "failed", message: result.error.message }
          : { status: "ready", losses: result.data },
      );
    });
    return () => {
      current = false;
    };
  }, [customerId]);

  if (state.status === "loading") {
    return (
      <p className="flex items-center gap-2 text-sm text-muted-foreground">
        <Loader2Icon aria-hidden="true" className="size-4 animate-spin" />
        Checking linked aircraft and vehicles…
      </p>
    );
  }
  if (state.status === "failed") {
    return <p className="text-sm text-destructive">Could not check linked aircraft and vehicles: {state.message}</p>;
  }
  if (state.losses.length === 0) return null;
  return (
    <div className="flex flex-col gap-2 text-sm">
      <p>This customer is the primary customer of:</p>
      <ul className="flex max-h-48 list-disc flex-col gap-1 overflow-y-auto pl-5">
        {state.losses.map((loss) => (
          <li key={loss.assetId}>
            <Link href={assetHref({ id: loss.assetId, kind: loss.kind })} className="font-medium hover:underline">
              {loss.assetLabel}
            </Link>{" "}
            —{" "}
            {loss.nextPrimaryName ? (
              <>
                <span className="font-medium">{loss.nextPrimaryName}</span> becomes primary
              </>
            ) : (
              "it will have no primary customer"
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
