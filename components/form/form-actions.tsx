// A form's submit button (spinner while the submission runs) and a page form's Cancel + submit footer.
import type * as React from "react";
import Link from "next/link";
import { Loader2Icon } from "lucide-react";

import { Button } from "@/components/ui/button";

type SubmitButtonProps = { isPending: boolean; disabled?: boolean; children: React.ReactNode };

export function SubmitButton({ isPending, disabled = false, children }: SubmitButtonProps) {
  return (
    <Button type="submit" disabled={isPending || disabled}>
      {isPending ? <Loader2Icon className="animate-spin" aria-hidden="true" /> : null}
      {children}
    </Button>
  );
}

export function PageFormActions({ cancelHref, ...submit }: SubmitButtonProps & { cancelHref: string }) {
  return (
    <div className="flex justify-end gap-2">
      <Button asChild variant="outline">
        <Link href={cancelHref}>Cancel</Link>
      </Button>
      <SubmitButton {...submit} />
    </div>
  );
}
