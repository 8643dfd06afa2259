import { afterEach, describe, expect, it, vi } from "vitest";
import { Writable } from "node:stream";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError, conflict } from "@/lib/errors";
import { createLogger, setLogger } from "@/lib/log";
import { createActionBuilder, publicAction, toActionError } from "@/lib/safe-action";
import { ctxFor, makeOrg } from "@/tests/factories";

const ctx = ctxFor("org-1", "user-1", "staff");
const action = createActionBuilder(async () => ctx);
const schema = z.object({ name: z.string().trim().min(2, "Too short."), count: z.coerce.number().int() });

afterEach(() => vi.restoreAllMocks());

describe("action builder", () => {
  it("hands the parsed input and the resolved ctx to the handler", async () => {
    const run = action(schema, async (input, actingCtx) => ({ input, actingCtx }));
    await expect(run({ name: "  Acme ", count: "3" })).resolves.toEqual({
      data: { input: { name: "Acme", count: 3 }, actingCtx: ctx },
    });
  });

  it("re-validates on the server and maps zod issues to field errors", async () => {
    const handler = vi.fn();
    const run = action(schema, handler);
    const result = await run({ name: "A", count: "x" } as unknown as z.input<typeof schema>);
    expect(handler).not.toHaveBeenCalled();
    expect(result).toEqual({
      error: {
        code: "VALIDATION",
        message: "Please correct the highlighted fields.",
        fieldErrors: { name: ["Too short."], count: [expect.any(String)] },
      },
    });
  });

  it("returns AppErrors with their code, message and field errors", async () => {
    const run = action(schema, async () => {
      throw conflict("Email taken.", { email: ["Already used."] });
    });
    await expect(run({ name: "Acme", count: 1 })).resolves.toEqual({
      error: { code: "CONFLICT", message: "Email taken.", fieldErrors: { email: ["Already used."] } },
    });
  });

  it("fails closed when the context cannot be resolved", async () => {
    const handler = vi.fn();
    const denied = createActionBuilder(async () => {
      throw new AppError("UNAUTHORIZED", "Sign in first.");
    });
    await expect(denied(schema, handler)({ name: "Acme", count: 1 })).resolves.toEqual({
      error: { code: "UNAUTHORIZED", message: "Sign in first." },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("logs unexpected errors with a reference but returns only a generic message", async () => {
    const lines: string[] = [];
    const previous = setLogger(
      createLogger(
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            lines.push(chunk.toString());
            done();
          },
        }),
        "info",
      ),
    );
    try {
      const run = action(schema, async () => {
        throw new Error("connection reset for secret@example.test");
      });
      const result = await run({ name: "secret@example.test", count: 1 });
      expect(result).toEqual({
        error: { code: "INTERNAL", message: expect.stringMatching(/^Something went wrong \(ref [0-9A-F]{6}\)\.$/) },
      });
      const ref = "error" in result ? result.error.message.match(/ref (\w+)/)?.[1] : undefined;
      const logged = lines.join("");
      expect(JSON.parse(logged)).toMatchObject({
        level: "error",
        msg: "action.failed",
        ref,
        requestId: expect.any(String),
      });
      expect(logged).toContain("connection reset");
      expect(logged).not.toContain("secret@example.test");
    } finally {
      if (previous) setLogger(previous);
    }
  });

  it("lets redirect() propagate to Next.js", async () => {
    const run = action(schema, async () => redirect("/customers"));
    await expect(run({ name: "Acme", count: 1 })).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
  });

  it("runs public actions without a context", async () => {
    const run = publicAction(schema, async (input) => input.name);
    await expect(run({ name: "Acme", count: 1 })).resolves.toEqual({ data: "Acme" });
  });
});

describe("toActionError", () => {
  it("turns a unique violation into a CONFLICT on the offending field", async () => {
    const org = await makeOrg();
    const error = await db.organization
      .create({ data: { id: crypto.randomUUID(), name: "Dup", slug: org.slug } })
      .catch((e: unknown) => e);
    expect(toActionError(error)).toEqual({
      code: "CONFLICT",
      message: "A record with this value already exists.",
      fieldErrors: { slug: ["A record with this value already exists."] },
    });
  });

  it("names the field, not the organization column, for a per-organization unique violation", async () => {
    const org = await makeOrg();
    const customer = { organizationId: org.id, name: "Acme", accountNumber: "ACC-1" };
    await db.customer.create({ data: customer });
    const error = await db.customer.create({ data: customer }).catch((e: unknown) => e);
    expect(toActionError(error)).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { accountNumber: [expect.any(String)] },
    });
  });
});
