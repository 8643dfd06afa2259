// The outbox feed: paging in stream order, the types filter, organization isolation, the privacy rules
// on payloads, permissions, and a transaction committing after a later one is never skipped.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordEvent, recordEvents } from "@/lib/events/record";
import { listEvents } from "@/lib/events/queries";
import { makeCustomerRows, makeOrgWithRoles, rejectionOf } from "@/tests/factories";
import { readFeed } from "./helpers";

const { admin, manager } = await makeOrgWithRoles();

describe("the event feed", () => {
  it("pages through every event in order, resuming from nextCursor", async () => {
    const { admin: ctx } = await makeOrgWithRoles();
    const customers = await makeCustomerRows(ctx, 7);
    await db.$transaction((tx) =>
      recordEvents(
        tx,
        ctx,
        customers.map((id) => ({ type: "customer.updated", resourceType: "customer", resourceId: id })),
      ),
    );
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await listEvents(ctx, { after, limit: 3 });
      if (result.events.length === 0) {
        expect(result.nextCursor).toBe(after);
        break;
      }
      seen.push(...result.events.map((event) => event.resource.id));
      after = result.nextCursor;
    }
    expect(seen).toEqual(customers);
  });

  it("filters by type and keeps other organizations' events out", async () => {
    const { admin: ctx } = await makeOrgWithRoles();
    const [a, b] = await makeCustomerRows(ctx, 2);
    await db.$transaction(async (tx) => {
      await recordEvent(tx, ctx, { type: "customer.created", resourceType: "customer", resourceId: a! });
      await recordEvent(tx, ctx, { type: "customer.archived", resourceType: "customer", resourceId: b! });
      await recordEvent(tx, admin, { type: "customer.archived", resourceType: "customer", resourceId: b! });
    });
    const archived = await readFeed(ctx, { types: ["customer.archived", "contact.created"] });
    expect(archived.events.map((e) => [e.type, e.resource.id, e.organizationId])).toEqual([
      ["customer.archived", b!, ctx.orgId],
    ]);
    expect((await readFeed(ctx)).events).toHaveLength(2);
  });

  it("carries the resource without sensitive fields, the changed names and the actor", async () => {
    const [customer] = await makeCustomerRows(admin, 1);
    await db.customer.update({
      where: { id: customer! },
      data: { internalNotes: "Owes us money", taxId: "12-3456789", notes: "Prefers mornings", creditLimit: 2500.5 },
    });
    const { nextCursor } = await readFeed(admin);
    await db.$transaction((tx) =>
      recordEvent(tx, admin, {
        type: "customer.updated",
        resourceType: "customer",
        resourceId: customer!,
        changed: ["internalNotes", "taxId", "notes", "creditLimit"],
      }),
    );
    const [event] = (await readFeed(admin, { after: nextCursor })).events;
    expect(event!.actor).toEqual({ type: "user", id: admin.userId });
    expect(event!.changed).toEqual(["notes", "creditLimit"]);
    expect(event!.data).toMatchObject({ id: customer!, notes: "Prefers mornings", creditLimit: "2500.50" });
    for (const hidden of ["internalNotes", "taxId", "dateOfBirth", "searchText", "nameKey", "organizationId"])
      expect(event!.data).not.toHaveProperty(hidden);
  });

  it("is for admins only, and refuses a cursor it did not issue", async () => {
    expect((await rejectionOf(listEvents(manager, {}))).code).toBe("FORBIDDEN");
    const { code, fieldErrors } = await rejectionOf(listEvents(admin, { after: "not-a-cursor" }));
    expect(code).toBe("VALIDATION");
    expect(fieldErrors.after).toBeDefined();
  });

  it("writes nothing when the transaction rolls back", async () => {
    const { admin: ctx } = await makeOrgWithRoles();
    const [customer] = await makeCustomerRows(ctx, 1);
    await expect(
      db.$transaction(async (tx) => {
        await recordEvent(tx, ctx, { type: "customer.updated", resourceType: "customer", resourceId: customer! });
        throw new Error("after the write");
      }),
    ).rejects.toThrow("after the write");
    expect(await db.event.count({ where: { organizationId: ctx.orgId } })).toBe(0);
  });
});

// PGlite is one connection, so only a PostgreSQL server really interleaves these transactions.
describe.runIf(process.env.TEST_DATABASE_URL)("a transaction that commits late", () => {
  it("is read after the one that committed first, never skipped by a reader that already moved on", async () => {
    const { admin: ctx } = await makeOrgWithRoles();
    const [first, second] = await makeCustomerRows(ctx, 2);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let written!: () => void;
    const wrote = new Promise<void>((resolve) => (written = resolve));
    // A writes its event first (the lower seq) but commits last.
    const slow = db.$transaction(
      async (tx) => {
        await recordEvent(tx, ctx, { type: "customer.updated", resourceType: "customer", resourceId: first! });
        written();
        await held;
      },
      { timeout: 20_000 },
    );
    await wrote;
    await db.$transaction((tx) =>
      recordEvent(tx, ctx, { type: "customer.updated", resourceType: "customer", resourceId: second! }),
    );
    // B is committed and read; A is still open, so the reader moves past B without it.
    const early = await readFeed(ctx);
    expect(early.events.map((event) => event.resource.id)).toEqual([second]);
    release();
    await slow;
    const late = await readFeed(ctx, { after: early.nextCursor });
    expect(late.events.map((event) => event.resource.id)).toEqual([first]);
    const all = await readFeed(ctx);
    expect(all.events.map((event) => event.resource.id)).toEqual([second, first]);
  });

  it("numbers every event once when readers race", async () => {
    const { admin: ctx } = await makeOrgWithRoles();
    const ids = await makeCustomerRows(ctx, 20);
    const write = (id: string) =>
      db.$transaction((tx) =>
        recordEvent(tx, ctx, { type: "customer.updated", resourceType: "customer", resourceId: id }),
      );
    await Promise.all([...ids.map(write), ...ids.map(() => readFeed(ctx))]);
    const all = await readFeed(ctx);
    expect(all.events.map((event) => event.resource.id).sort()).toEqual([...ids].sort());
    const positions = await db.event.findMany({ where: { organizationId: ctx.orgId }, orderBy: { position: "asc" } });
    expect(positions.map((event) => Number(event.position))).toEqual(ids.map((_, i) => i + 1));
  });
});
