// A form's submit button (spinner while the submission runs), and the Cancel + submit footers of page and dialog forms.
import type * as React from "react";
import Link from "next/link";
import { Loader2Icon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";

type SubmitButtonProps = {
  isPending: boolean;
  disabled?: boolean;
  variant?: React.ComponentProps<typeof Button>["variant"];
  children: React.ReactNode;
};

export function SubmitButton({ isPending, disabled = false, variant, children }: SubmitButtonProps) {
  return (
    <Button type="submit" variant={variant} disabled={isPending || disabled}>
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

/** A dialog form's footer: Cancel (closes it) and the submit button. */
export function DialogFormActions({ onCancel, ...submit }: SubmitButtonProps & { onCancel: () => void }) {
  return (
    <DialogFooter>
      <Button type="button" variant="outline" onClick={onCancel}>
        Cancel
      </Button>
      <SubmitButton {...submit} />
    </DialogFooter>
  );
}
