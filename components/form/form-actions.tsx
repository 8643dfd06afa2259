// A form's submit button (spinner while the submission runs), and the Cancel + submit footers of page
// and dialog forms. A page form's footer is a save bar that sticks to the bottom of the screen while
// the form scrolls, so Save and Cancel stay within a thumb's reach on a phone.
import type * as React from "react";
import Link from "next/link";
import { Loader2Icon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";

type SubmitButtonProps = {
  isPending: boolean;
  disabled?: boolean;
  variant?: React.ComponentProps<typeof Button>["variant"];
  className?: string;
  children: React.ReactNode;
};

export function SubmitButton({ isPending, disabled = false, variant, className, children }: SubmitButtonProps) {
  return (
    <Button type="submit" variant={variant} disabled={isPending || disabled} className={className}>
      {isPending ? <Loader2Icon className="animate-spin" aria-hidden="true" /> : null}
      {children}
    </Button>
  );
}

export function PageFormActions({ cancelHref, ...submit }: SubmitButtonProps & { cancelHref: string }) {
  return (
    <div
      data-slot="save-bar"
      className="sticky bottom-0 z-20 -mx-4 flex items-center justify-end gap-2 border-t bg-background/95 px-4 py-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] backdrop-blur supports-[backdrop-filter]:bg-background/80 sm:mx-0 sm:rounded-t-xl sm:border-x sm:px-4"
    >
      <p className="mr-auto hidden text-xs text-muted-foreground sm:block">
        <span aria-hidden="true" className="text-destructive">
          *
        </span>{" "}
        Required
      </p>
      <Button asChild variant="outline" className="min-h-11 flex-1 sm:min-h-9 sm:flex-none">
        <Link href={cancelHref}>Cancel</Link>
      </Button>
      <SubmitButton {...submit} className="min-h-11 flex-1 sm:min-h-9 sm:flex-none" />
    </div>
  );
}

/** A dialog form's footer: Cancel (closes it) and the submit button. */
export function DialogFormActions({ onCancel, ...submit }: SubmitButtonProps & { onCancel: () => void }) {
  // Sticks to the bottom of a dialog that scrolls (a long form on a phone), over its bottom padding.
  return (
    <DialogFooter className="sticky bottom-0 z-10 -mx-6 -mb-6 border-t bg-background px-6 py-4 sm:border-t-0">
      <Button type="button" variant="outline" onClick={onCancel}>
        Cancel
      </Button>
      <SubmitButton {...submit} />
    </DialogFooter>
  );
}
