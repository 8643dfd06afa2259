// Checks a run's mapping before anything is queued: the mapping rules, and the match column for modes
// that update. Messages are for people; they come back as VALIDATION field errors on `mapping`.
import { AppError } from "@/lib/errors";
import { validateMapping } from "@/lib/imports/map/propose";
import { importRunSchema, matchKeyLabels, type ImportRun } from "@/lib/imports/schemas";
import { parseWith } from "@/lib/validation";

export function parseImportRun(input: unknown, headers: readonly string[]): ImportRun {
  const run = parseWith(importRunSchema, input);
  // Update-only rows change existing customers, so they need no name column.
  let messages = validateMapping(run.mapping).filter((m) => run.mode !== "update" || !/customer's name/.test(m));
  if (run.mapping.some((entry) => entry.column >= headers.length))
    messages = [...messages, "The mapping names a column the file does not have."];
  if (run.mode !== "create" && !run.mapping.some((entry) => entry.target === run.matchOn)) {
    messages = [
      ...messages,
      `Choose the column with the ${matchKeyLabels[run.matchOn].toLowerCase()} to match existing customers on.`,
    ];
  }
  if (messages.length > 0) throw new AppError("VALIDATION", messages[0]!, { mapping: messages });
  return run;
}
