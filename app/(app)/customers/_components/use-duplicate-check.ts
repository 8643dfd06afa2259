"use client";
// The customer form's duplicate check: the typed name, email, phones, account number, website and
// place are checked on the server ~400 ms after typing stops. It only advises: saving never waits for
// it, and candidates the user waved through stay hidden.
import * as React from "react";
import { useWatch, type UseFormReturn } from "react-hook-form";

import { findDuplicatesAction } from "@/lib/duplicates/actions";
import type { DuplicateCandidate } from "@/lib/duplicates/schemas";
import { foldText } from "@/lib/search-text";
import type { CustomerFormValues } from "./customer-form-values";

const DEBOUNCE_MS = 400;
const draftFields = [
  "name",
  "firstName",
  "lastName",
  "email",
  "phone",
  "secondaryPhone",
  "accountNumber",
  "website",
  "postalCode",
  "city",
  "country",
] as const;

type Draft = Record<(typeof draftFields)[number], string>;

/** Whether a draft says enough to look for duplicates: a name of three letters, or any exact key. */
function isCheckable(draft: Draft): boolean {
  const name = foldText([draft.name, draft.firstName, draft.lastName].join(" "));
  const keys = [draft.email, draft.phone, draft.secondaryPhone, draft.accountNumber, draft.website];
  return name.length >= 3 || keys.some((value) => value.trim());
}

export interface DuplicateCheck {
  /** Candidates not waved through, best first. */
  shown: DuplicateCandidate[];
  /** "Continue anyway": hides the shown candidates (new ones appear again). */
  dismiss: () => void;
}

/**
 * `paused` while the form saves: a server action started then would make Next's router refresh the
 * form's page and drop the navigation to the saved customer.
 */
export function useDuplicateCheck(
  form: UseFormReturn<CustomerFormValues>,
  excludeId: string | undefined,
  paused: boolean,
): DuplicateCheck {
  const values = useWatch({ control: form.control, name: draftFields });
  const key = JSON.stringify(Object.fromEntries(draftFields.map((field, i) => [field, String(values[i] ?? "")])));
  const [candidates, setCandidates] = React.useState<DuplicateCandidate[]>([]);
  const [dismissed, setDismissed] = React.useState<ReadonlySet<string>>(new Set());
  const latest = React.useRef(0);

  React.useEffect(() => {
    if (paused) return;
    const timer = setTimeout(async () => {
      const request = ++latest.current;
      const draft = JSON.parse(key) as Draft;
      const answer = isCheckable(draft)
        ? await findDuplicatesAction({ ...draft, excludeId }).catch(() => ({ error: "unreachable" }))
        : { data: [] };
      // A failed check leaves the warning as it was; an answer to an older draft never replaces a newer one.
      if ("data" in answer && request === latest.current) setCandidates(answer.data);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key, excludeId, paused]);

  const shown = candidates.filter((candidate) => !dismissed.has(candidate.id));
  return {
    shown,
    dismiss: () => setDismissed(new Set([...dismissed, ...shown.map((candidate) => candidate.id)])),
  };
}
