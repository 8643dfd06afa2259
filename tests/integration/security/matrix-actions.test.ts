// Tenancy and role matrix of the server actions: every export of every "use server" file, called
// through the real builder as a member of every role, with its own organization's records and
// another's. The session is stubbed per call (the rest is real); tests/support/matrix-actions.ts
// says what each action needs, and an action missing there fails here.
import type { AsyncLocalStorage } from "node:async_hooks";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { can, type Role } from "@/lib/auth/permissions";
import { actionMatrix, type ActionCase } from "@/tests/support/matrix-actions";
import { Fixtures, inBatches, makeWorld, matrixRoles, type Member, type World } from "@/tests/support/matrix-world";

const caller = await vi.hoisted(async () => {
  const { AsyncLocalStorage } = await import("node:async_hooks");
  return new AsyncLocalStorage<Member>() as AsyncLocalStorage<Member>;
});

vi.mock("@/lib/auth/session", async () => {
  const current = () => {
    const member = caller.getStore();
    if (!member) throw new Error("No caller: call actions through as()");
    return member;
  };
  return {
    requireCtx: async (): Promise<Ctx> => current().ctx,
    requireSession: async () => {
      const member = current();
      return {
        session: { id: member.sessionId, userId: member.userId, activeOrganizationId: member.ctx.orgId },
        user: { id: member.userId },
      };
    },
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const root = path.resolve(import.meta.dirname, "../../..");

/** Every module under lib/ and app/ that starts with "use server", relative to the repository. */
function serverActionFiles(): string[] {
  return ["lib", "app"].flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
      .filter((file) => /\.tsx?$/.test(file) && !file.includes("generated"))
      .map((file) => `${dir}/${file.split(path.sep).join("/")}`)
      .filter((file) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(path.join(root, file), "utf8"))),
  );
}

type Action = (input: unknown) => Promise<{ data: unknown } | { error: { code: string; message: string } }>;

const actions = new Map<string, Action>();
for (const file of serverActionFiles()) {
  const exports = (await import(path.join(root, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(exports))
    if (typeof value === "function") actions.set(`${file}#${name}`, value as Action);
}

const roles: Role[] = ["owner", ...matrixRoles];
const memberOf = (world: World, role: Role) => (role === "owner" ? world.owner : world.members[role]);
const casesOf = (id: string): ActionCase[] => {
  const entry = actionMatrix[id];
  return !entry || "unguarded" in entry ? [] : Array.isArray(entry) ? entry : [entry];
};

let a: World;
let b: World;

beforeAll(async () => {
  [a, b] = await Promise.all([makeWorld(), makeWorld()]);
});

describe("server actions: every action × every role × own and another organization's records", () => {
  it("finds every exported server action, and the table covers exactly those", () => {
    expect(actions.size).toBeGreaterThan(50);
    expect(
      [...actions.keys()].filter((id) => !actionMatrix[id]),
      "actions missing from tests/support/matrix-actions.ts",
    ).toEqual([]);
    expect(
      Object.keys(actionMatrix).filter((id) => !actions.has(id)),
      "table entries without an action",
    ).toEqual([]);
  });

  it.each([...actions.keys()].filter((id) => casesOf(id).length > 0))("%s", async (id) => {
    const action = actions.get(id)!;
    const calls: (() => Promise<void>)[] = [];
    for (const test of casesOf(id)) {
      for (const role of roles) {
        const label = `${role}${test.name ? `, ${test.name}` : ""}`;
        const allowed = test.needs.every((permission) => can(role, permission));
        /** Calls the action as this role of organization A with an input naming `world`'s records (null: it names none). */
        const run = async (world: World) => {
          const fx = new Fixtures(world, {
            caller: memberOf(world, role),
            jobKind: test.jobKind,
            callerOwns: test.callerOwns,
          });
          const input = await test.input(fx);
          if (world !== a && fx.usedNone()) return null;
          const result = await caller.run(memberOf(a, role), () => action(input));
          return { result, text: JSON.stringify(result) };
        };
        const own = async () => {
          const { result, text } = (await run(a))!;
          const code = "error" in result ? result.error.code : undefined;
          if (allowed)
            expect(code === undefined || code === "CONFLICT", `${label}: allowed, answered ${text.slice(0, 300)}`).toBe(
              true,
            );
          else
            expect(code, `${label}: needs ${test.needs.join(" + ")}, answered ${text.slice(0, 200)}`).toBe("FORBIDDEN");
          expect(
            [...b.secrets].filter((secret) => text.includes(secret)),
            label,
          ).toEqual([]);
        };
        const theirs = async () => {
          const called = await run(b);
          if (!called) return;
          const { result, text } = called;
          const code = "error" in result ? result.error.code : undefined;
          const how = `${label}, another organization's records: answered ${text.slice(0, 300)}`;
          if (allowed) expect(code, how).toBe("NOT_FOUND");
          else expect(["FORBIDDEN", "NOT_FOUND"], how).toContain(code);
          expect(Object.keys(result), how).toEqual(["error"]);
          expect(
            [...b.secrets].filter((secret) => text.includes(secret)),
            how,
          ).toEqual([]);
        };
        calls.push(own, theirs);
      }
    }
    await inBatches(calls);
  });
});
