// The one server-action builder: resolves the acting context, parses the action's own input (ids,
// lookups; a mutation's fields pass through to the mutation, which parses them with the shared zod
// schema), runs the handler and maps every failure to `{ error: { code, message, fieldErrors } }`.
import "server-only";
import { randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { Ctx } from "@/lib/auth/context";
import { runInOrganization } from "@/lib/db/tenant-scope";
import { runOnPrimary } from "@/lib/db/read-routing";
import { READ_AFTER_COOKIE, readAfterCookieOptions, takeReadAfterToken } from "@/lib/db/read-after-write";
import { REQUEST_ID_HEADER } from "@/lib/auth/next-path";
import { requireCtx } from "@/lib/auth/session";
import { log, newRequestId, withRequestId } from "@/lib/log";
import { isUniqueViolation, uniqueViolationFields } from "@/lib/db/errors";
import { isAppError, validationError, type ErrorCode, type FieldErrors } from "@/lib/errors";
import { assertStorableInput } from "@/lib/validation";

export interface ActionError {
  code: ErrorCode;
  message: string;
  fieldErrors?: FieldErrors;
}

export type ActionResult<T> = { data: T } | { error: ActionError };

/** Expected errors keep their code and message; anything else is logged and becomes INTERNAL. */
export function toActionError(error: unknown): ActionError {
  if (isAppError(error)) {
    return { code: error.code, message: error.message, ...(error.fieldErrors && { fieldErrors: error.fieldErrors }) };
  }
  if (error instanceof z.ZodError) {
    return toActionError(validationError(error));
  }
  if (isUniqueViolation(error)) {
    const fields = uniqueViolationFields(error);
    const message = "A record with this value already exists.";
    if (fields.length === 0) return { code: "CONFLICT", message };
    return { code: "CONFLICT", message, fieldErrors: Object.fromEntries(fields.map((f) => [f, [message]])) };
  }
  const ref = randomBytes(3).toString("hex").toUpperCase();
  // The error only (the logger masks personal data in its text), never the action input.
  log().error({ err: error, ref }, "action.failed");
  return { code: "INTERNAL", message: `Something went wrong (ref ${ref}).` };
}

/** The id proxy.ts gave this request (a fresh one outside a request, as in tests). */
async function actionRequestId(): Promise<string> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? newRequestId();
  } catch {
    return newRequestId();
  }
}

async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  return withRequestId(await actionRequestId(), async () => {
    try {
      return { data: await work() };
    } catch (error) {
      // redirect() and notFound() are control flow, not failures: let Next.js handle them.
      unstable_rethrow(error);
      return { error: toActionError(error) };
    }
  });
}

/** Builds `action(schema, handler)` around a context resolver (requireCtx in the app, a stub in tests). */
export function createActionBuilder(resolveCtx: () => Promise<Ctx>) {
  return function action<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, ctx: Ctx) => Promise<T>) {
    return async (input: z.input<S>): Promise<ActionResult<T>> =>
      run(async () => {
        const ctx = await resolveCtx();
        assertStorableInput(input);
        const parsed = await schema.parseAsync(input);
        // An action writes: all its reads from the primary, and the caller's next reads too until the
        // read replica has replayed its writes (lib/db/read-routing.ts).
        // Also when the handler throws: redirect() after a create is a throw, and the page it leads to must
        // find the new record.
        try {
          return await runInOrganization(ctx.orgId, () => runOnPrimary(() => handler(parsed, ctx)));
        } finally {
          await rememberWrite();
        }
      });
  };
}

/** Sets the read-after-write cookie (with a read replica; outside a request, as in tests, there is none to set). */
async function rememberWrite(): Promise<void> {
  const token = await takeReadAfterToken();
  if (!token) return;
  try {
    (await cookies()).set(READ_AFTER_COOKIE, token, readAfterCookieOptions);
  } catch {
    // Not in a request (tests call actions directly).
  }
}

export const action = createActionBuilder(requireCtx);

/**
 * The input schema of an action that hands its input to a mutation, which parses it with the shared
 * schema, once: only `keys` (the record's id, the version the form read) are parsed here; every
 * other field passes through as sent. `schema` is the one the mutation parses with: here it only
 * types what the caller sends.
 */
export function passThrough<S extends z.ZodType, K extends z.ZodRawShape = Record<never, never>>(
  _schema: S,
  keys?: K,
): z.ZodType<
  { [P in keyof K]: z.output<K[P]> } & Record<string, unknown>,
  z.input<S> & { [P in keyof K]: z.input<K[P]> }
> {
  return z.looseObject(keys ?? {}) as never;
}

/**
 * The input of an edit form's action: the record's `id` and the `version` the form read (required,
 * with the schema's message) are parsed here; the changed fields pass through to the mutation.
 */
export function passThroughEdit<S extends z.ZodObject<{ version: z.ZodType }>>(schema: S) {
  return passThrough(schema, { id: z.string().min(1), version: schema.shape.version as S["shape"]["version"] });
}

/** For the few actions that run signed out (sign-in, accepting an invitation). */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>) => Promise<T>) {
  return async (input: z.input<S>): Promise<ActionResult<T>> =>
    run(async () => handler(await schema.parseAsync(input)));
}
