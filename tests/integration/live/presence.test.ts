// Presence (lib/live/presence.ts): a heartbeat puts the member on the customer's page, with their name and
// whether they are viewing or editing; the others on the page hear arrivals, switches and departures over
// the live channel; a member whose heartbeats stop is gone once the TTL passes; nothing crosses organizations.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { heartbeatPresence, leavePresence, PRESENCE_TTL_MS, readPresence } from "@/lib/live/presence";
import { makeCustomer, makeOrgWithRoles, rejectionOf } from "@/tests/factories";
import { connect, startHub, until } from "./helpers";

const hub = await startHub();
afterAll(() => hub.stop());

const [home, other] = await Promise.all([makeOrgWithRoles(), makeOrgWithRoles()]);
const nameOf = async (userId: string | null) => (await db.user.findUniqueOrThrow({ where: { id: userId! } })).name;

describe("presence", () => {
  it("shows who views and who edits, pushes the changes, and forgets a closed page", async () => {
    const customer = await makeCustomer(home.manager);
    const resource = `customer:${customer.id}`;
    const watcher = await connect(hub, home.viewer, [resource]);

    const viewing = await heartbeatPresence(home.staff, { resource, mode: "viewing" });
    expect(viewing.people).toEqual([
      { userId: home.staff.userId, name: await nameOf(home.staff.userId), mode: "viewing" },
    ]);
    await until(() => watcher.presence().length === 1);

    // A heartbeat that changes nothing is not announced; switching to the edit form is.
    await heartbeatPresence(home.staff, { resource, mode: "viewing" });
    const both = await heartbeatPresence(home.manager, { resource, mode: "editing" });
    expect(both.people.map((p) => [p.userId, p.mode]).sort()).toEqual(
      [
        [home.staff.userId, "viewing"],
        [home.manager.userId, "editing"],
      ].sort(),
    );
    const latest = await until(() => watcher.presence().length === 2 && watcher.presence().at(-1));
    expect(latest.people).toHaveLength(2);

    // The staff member closes the tab without a goodbye: gone once the TTL has passed.
    await db.$executeRaw`UPDATE presence SET last_seen = now() - ${`${PRESENCE_TTL_MS + 1000} milliseconds`}::interval
      WHERE user_id = ${home.staff.userId} AND resource = ${resource}`;
    expect((await heartbeatPresence(home.manager, { resource, mode: "editing" })).people.map((p) => p.userId)).toEqual([
      home.manager.userId,
    ]);

    // The manager leaves the page: gone at once, and the page hears it.
    await leavePresence(home.manager, { resource });
    await until(() => watcher.presence().at(-1)?.people.length === 0);
    expect((await readPresence(home.org.id, resource)).people).toEqual([]);
    watcher.close();
  });

  it("stays inside the organization", async () => {
    const customer = await makeCustomer(home.manager);
    const resource = `customer:${customer.id}`;
    const outsider = await connect(hub, other.owner, [resource]);
    await heartbeatPresence(home.staff, { resource });
    expect((await rejectionOf(heartbeatPresence(other.owner, { resource }))).code).toBe("NOT_FOUND");
    expect((await readPresence(other.org.id, resource)).people).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(outsider.inbox).toEqual([]);
    expect((await rejectionOf(heartbeatPresence(home.staff, { resource: "customer:nope" }))).code).toBe("VALIDATION");
    outsider.close();
  });
});
