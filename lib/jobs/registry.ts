// Job kinds and their handlers; lib/jobs/handlers.ts registers every kind in one place.
import type { Permission } from "@/lib/auth/permissions";
import { jobKindPermissions } from "@/lib/jobs/definitions";
import type { JobHandler } from "@/lib/jobs/types";

interface JobKindEntry {
  run: JobHandler;
  permission: Permission;
}

// One map per process, even when Next.js loads this module in several bundles.
const globalForJobs = globalThis as typeof globalThis & { __customerHubJobKinds?: Map<string, JobKindEntry> };
const kinds = (globalForJobs.__customerHubJobKinds ??= new Map());

/**
 * Registers the handler of a job kind. Its start permission comes from lib/jobs/definitions.ts; a kind
 * defined nowhere else (tests) names it here.
 */
export function registerJobHandler(kind: string, run: JobHandler, permission = jobKindPermissions[kind]): void {
  if (kind.length > 40) throw new Error(`Job kind "${kind}" is longer than 40 characters.`);
  if (!permission) throw new Error(`Job kind "${kind}" has no start permission (lib/jobs/definitions.ts).`);
  kinds.set(kind, { run, permission });
}

export function findJobHandler(kind: string): JobHandler | undefined {
  return kinds.get(kind)?.run;
}

export function registeredJobKinds(): string[] {
  return [...kinds.keys()];
}

/** The permission that starts (and cancels) a job of this kind; undefined for an unknown kind. */
export function jobStartPermission(kind: string): Permission | undefined {
  return kinds.get(kind)?.permission ?? jobKindPermissions[kind];
}
