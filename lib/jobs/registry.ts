// Job kinds and their handlers; lib/jobs/handlers.ts registers every kind in one place.
import type { JobHandler } from "@/lib/jobs/types";

// One map per process, even when Next.js loads this module in several bundles.
const globalForJobs = globalThis as typeof globalThis & { __customerHubJobHandlers?: Map<string, JobHandler> };
const handlers = (globalForJobs.__customerHubJobHandlers ??= new Map());

export function registerJobHandler(kind: string, run: JobHandler): void {
  if (kind.length > 40) throw new Error(`Job kind "${kind}" is longer than 40 characters.`);
  handlers.set(kind, run);
}

export function findJobHandler(kind: string): JobHandler | undefined {
  return handlers.get(kind);
}

export function registeredJobKinds(): string[] {
  return [...handlers.keys()];
}
