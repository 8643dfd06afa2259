// The app's job table with one kind's handler swapped (smaller batches, a pause, a simulated crash),
// handed to the engine explicitly: tests never change what the app itself runs.
import { jobDefinitions, type JobKind } from "@/lib/jobs/definitions";
import type { JobHandler } from "@/lib/jobs/types";

type HandlerOf<Kind extends JobKind> = Awaited<ReturnType<(typeof jobDefinitions)[Kind]["handler"]>>;

/** `jobDefinitions` where `kind` runs `handler` (typed like the real one: same params and checkpoint). */
export function withHandler<Kind extends JobKind>(kind: Kind, handler: HandlerOf<Kind>) {
  return {
    ...jobDefinitions,
    [kind]: { ...jobDefinitions[kind], handler: async () => handler as JobHandler<never, never> },
  };
}
