// Where the user is in the import: Upload → Map columns → Preview → Import.
import { CheckIcon } from "lucide-react";
import { cn } from "@/lib/utils";

const steps = ["Upload", "Map columns", "Preview", "Import"] as const;

export function WizardSteps({ current }: { current: (typeof steps)[number] }) {
  const index = steps.indexOf(current);
  return (
    <ol className="flex flex-wrap items-center gap-2 text-sm" aria-label="Import steps">
      {steps.map((step, position) => (
        <li key={step} className="flex items-center gap-2" aria-current={position === index ? "step" : undefined}>
          <span
            className={cn(
              "flex size-6 items-center justify-center rounded-full border text-xs",
              position < index && "border-primary bg-primary text-primary-foreground",
              position === index && "border-primary font-semibold text-primary",
            )}
          >
            {position < index ? <CheckIcon className="size-3.5" aria-hidden="true" /> : position + 1}
          </span>
          <span className={cn(position === index ? "font-medium" : "text-muted-foreground")}>{step}</span>
          {position < steps.length - 1 ? <span className="mx-1 h-px w-6 bg-border" aria-hidden="true" /> : null}
        </li>
      ))}
    </ol>
  );
}
