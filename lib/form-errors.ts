// Puts a server action's error back on a react-hook-form form: field errors on their fields (the
// first one focused), anything else as the form's root error shown above the buttons.
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionError } from "@/lib/safe-action";

export function applyActionError<T extends FieldValues>(form: UseFormReturn<T>, error: ActionError): void {
  const known = new Set(Object.keys(form.getValues()));
  let shown = false;
  for (const [field, messages] of Object.entries(error.fieldErrors ?? {})) {
    if (!known.has(field)) continue;
    form.setError(field as Path<T>, { type: "server", message: messages.join(" ") }, { shouldFocus: !shown });
    shown = true;
  }
  if (!shown) form.setError("root", { type: "server", message: error.message });
}
