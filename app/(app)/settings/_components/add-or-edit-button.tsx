// The trigger of a settings add/edit dialog: "Add …" with a plus, or a small "Edit" named after its record.
import type * as React from "react";
import { PlusIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

type AddOrEditButtonProps = React.ComponentProps<typeof Button> & {
  addLabel: string;
  /** The record edited (its name or code); without it, the button adds one. */
  editing?: string;
};

export function AddOrEditButton({ addLabel, editing, ...props }: AddOrEditButtonProps) {
  if (editing === undefined)
    return (
      <Button {...props}>
        <PlusIcon aria-hidden="true" />
        {addLabel}
      </Button>
    );
  return (
    <Button variant="outline" size="sm" aria-label={`Edit ${editing}`} {...props}>
      Edit
    </Button>
  );
}
