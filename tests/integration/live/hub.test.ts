// Live updates (lib/live): a committed outbox event reaches this instance's connections through NOTIFY,
// only those of its organization that show one of its topics, with ids, type and actor name only; a
// rolled-back change reaches nobody; a reconnect with its last cursor replays what it missed, in order,
// without a gap or a repeat; the SSE stream carries the cursor as `id:` and ends with the connection.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/events/record";
import { encodeEventCursor } from "@/lib/events/schemas";
import { createContact } from "@/lib/contacts/mutations";
import { updateCustomer } from "@/lib/customers/mutations";
import { liveCursor } from "@/lib/live/changes";
import { openLiveStream, parseLastEventId } from "@/lib/live/sse";
import { updateVisibilitySettings } from "@/lib/privacy/settings";
import { GET } from "@/app/api/live/route";
import { contactInput, makeCustomer, makeOrgWithRoles } from "@/tests/factories";
import { connect, settle, startHub, until } from "./helpers";

const hub = await startHub();
afterAll(() => hub.stop());

const [home, other] = await Promise.all([makeOrgWithRoles(), makeOrgWithRoles()]);

describe("live changes", () => {
  it("reach the organization's connections on the changed resource's topics, and no one else", async () => {
    const customer = await makeCustomer(home.manager);
    const unrelated = await makeCustomer(home.manager);
    const onPage = await connect(hub, home.staff, [`customer:${customer.id}`]);
    const onList = await connect(hub, home.viewer, ["customers"]);
    const elsewhere = await connect(hub, home.admin, [`customer:${unrelated.id}`]);
    // Another organization naming the same id (and the list) hears nothing of this one.
    const outsider = await connect(hub, other.owner, [`customer:${customer.id}`, "customers"]);

    await updateCustomer(home.manager, customer.id, { phone: "+1 415 555 0100" });
    const [change] = await until(() => onPage.changes().length > 0 && onPage.changes());
    expect(change!.change).toMatchObject({
      type: "customer.updated",
      resource: { type: "customer", id: customer.id },
      topics: [`customer:${customer.id}`],
      actor: { self: false },
    });
    const manager = await db.user.findUniqueOrThrow({ where: { id: home.manager.userId! } });
    expect(change!.change.actor.name).toBe(manager.name);
    await until(() => onList.changes().length > 0);
    await settle();
    expect(elsewhere.changes()).toEqual([]);
    expect(outsider.inbox).toEqual([]);
    for (const connection of [onPage, onList, elsewhere, outsider]) connection.close();
  });

  it("carry no field values, so a customer masked for the member stays masked", async () => {
    const { ctx } = await makeOrgWithRoles();
    await updateVisibilitySettings(ctx.admin, { visibilityMode: "own_and_shared" });
    const customer = await makeCustomer(ctx.manager, { name: "Masked Holdings" });
    const staff = await connect(hub, ctx.staff, [`customer:${customer.id}`, "customers"]);
    await updateCustomer(ctx.manager, customer.id, { email: "secret-ledger@example.test", name: "Renamed Holdings" });
    await createContact(ctx.manager, customer.id, contactInput({ email: "hidden-contact@example.test" }));
    await until(() => staff.changes().length >= 2);
    const text = JSON.stringify(staff.changes().map((m) => m.change));
    for (const secret of ["secret-ledger", "Renamed", "hidden-contact", "Masked"]) expect(text).not.toContain(secret);
    expect(staff.changes().map((m) => m.change.type)).toEqual(["customer.updated", "contact.created"]);
    staff.close();
  });

  it("marks the member's own changes, and a rolled-back change reaches no one", async () => {
    const customer = await makeCustomer(home.staff);
    const mine = await connect(hub, home.staff, [`customer:${customer.id}`]);
    await expect(
      db.$transaction(async (tx) => {
        await recordEvent(tx, home.staff, {
          type: "customer.updated",
          resourceType: "customer",
          resourceId: customer.id,
        });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await settle();
    expect(mine.inbox).toEqual([]);
    await updateCustomer(home.staff, customer.id, { notes: "Mine" });
    const [change] = await until(() => mine.changes().length > 0 && mine.changes());
    expect(change!.change.actor.self).toBe(true);
    mine.close();
  });

  it("resume after the last cursor: the missed events in order, then live ones, none twice", async () => {
    const customer = await makeCustomer(home.manager);
    const topic = `customer:${customer.id}`;
    const first = await connect(hub, home.staff, [topic]);
    await updateCustomer(home.manager, customer.id, { notes: "one" });
    const [seen] = await until(() => first.changes().length > 0 && first.changes());
    first.close();

    // While the browser is away: three changes (one of them to a contact of the customer).
    await updateCustomer(home.manager, customer.id, { notes: "two" });
    await createContact(home.manager, customer.id, contactInput());
    await updateCustomer(home.manager, customer.id, { notes: "three" });

    const cursor = parseLastEventId(encodeEventCursor(seen!.position));
    const again = await connect(hub, home.staff, [topic], cursor);
    const replayed = again.changes();
    expect(replayed.map((m) => m.change.type)).toEqual(["customer.updated", "contact.created", "customer.updated"]);
    await updateCustomer(home.manager, customer.id, { notes: "four" });
    await until(() => again.changes().length === 4);
    await settle();
    const positions = again.changes().map((m) => m.position);
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
    expect(new Set(positions).size).toBe(4);
    expect(positions[0]! > seen!.position).toBe(true);
    again.close();
  });

  it("start at the cursor the page was rendered at: a change before the browser subscribes is not lost", async () => {
    const customer = await makeCustomer(home.manager);
    const topic = `customer:${customer.id}`;
    await updateCustomer(home.manager, customer.id, { notes: "before the page" });
    // The page reads the cursor, then the record; the browser subscribes once the page has hydrated.
    const since = await liveCursor(home.staff);
    // Meanwhile: one change, and one more whose event no reader has numbered yet (no hub catch-up ran).
    await updateCustomer(home.manager, customer.id, { notes: "while the page loads" });
    await db.$transaction((tx) =>
      recordEvent(tx, home.manager, { type: "customer.updated", resourceType: "customer", resourceId: customer.id }),
    );
    const late = await connect(hub, home.staff, [topic], parseLastEventId(since));
    expect(late.changes().map((m) => m.change.type)).toEqual(["customer.updated", "customer.updated"]);
    // Without it, a subscription starts at the organization's current position and has nothing to show.
    const unaware = await connect(hub, home.staff, [topic]);
    await settle();
    expect(unaware.changes()).toEqual([]);
    // Another organization's cursor is its own.
    expect(await liveCursor(other.owner)).not.toBe(since);
    for (const connection of [late, unaware]) connection.close();
  });
});

describe("the SSE stream", () => {
  it("sends each change with its cursor as id, and unsubscribes when the connection ends", async () => {
    const customer = await makeCustomer(home.manager);
    const before = hub.connectionCount;
    const abort = new AbortController();
    const stream = openLiveStream(hub, home.staff, [`customer:${customer.id}`], null, abort.signal);
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    let text = "";
    const read = async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += decoder.decode(value, { stream: true });
      }
    };
    const reading = read();
    await until(() => hub.connectionCount === before + 1);
    await updateCustomer(home.manager, customer.id, { notes: "streamed" });
    await until(() => text.includes("event: change"));
    const id = /^id: (\S+)$/m.exec(text)?.[1];
    expect(parseLastEventId(id ?? null)).toBeTypeOf("bigint");
    expect(text).toMatch(/^retry: \d+$/m);
    const data = JSON.parse(/^data: (.*)$/m.exec(text.slice(text.indexOf("event: change")))![1]!) as object;
    expect(data).toMatchObject({ type: "customer.updated", resource: { id: customer.id } });
    abort.abort();
    await reading;
    expect(hub.connectionCount).toBe(before);
  });

  it("answers 401 without a session, before opening any stream", async () => {
    const response = await GET(new Request("http://localhost/api/live?topic=customers"));
    expect(response.status).toBe(401);
  });
});
