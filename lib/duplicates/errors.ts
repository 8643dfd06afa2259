// "Likely duplicates exist": a CONFLICT carrying the candidates (REST answers them in the error body).
import { AppError } from "@/lib/errors";
import type { DuplicateCandidate } from "@/lib/duplicates/schemas";

export class DuplicatesFoundError extends AppError {
  readonly candidates: DuplicateCandidate[];

  constructor(candidates: DuplicateCandidate[]) {
    const count = candidates.length === 1 ? "1 existing customer" : `${candidates.length} existing customers`;
    super("CONFLICT", `Not created: this looks like a duplicate of ${count}.`);
    this.name = "DuplicatesFoundError";
    this.candidates = candidates;
  }
}
