// Several app instances: each has its own LISTEN connection (two hubs here, two pg clients), and a change
// made through any of them reaches the connections of every instance, measured under 2 s. The listener
// comes back after its connection is killed and delivers what committed meanwhile. PostgreSQL only (PGlite
// notifications stay inside one process).
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateCustomer } from "@/lib/customers/mutations";
import type { LiveHub } from "@/lib/live/hub";
import { LIVE_CHANNEL } from "@/lib/live/listener";
import { makeCustomer, makeOrgWithRoles } from "@/tests/factories";
import { connect, startHub, until } from "./helpers";

describe.skipIf(!process.env.DATABASE_URL)("two app instances on PostgreSQL", async () => {
  const hubs: LiveHub[] = process.env.DATABASE_URL ? await Promise.all([startHub(), startHub()]) : [];
  afterAll(() => Promise.all(hubs.map((hub) => hub.stop())));
  const { ctx } = await makeOrgWithRoles();

  it("a change reaches the connections on both instances in under 2 s", async () => {
    const customer = await makeCustomer(ctx.manager);
    const topic = `customer:${customer.id}`;
    const [onA, onB] = await Promise.all(hubs.map((hub) => connect(hub, ctx.staff, [topic])));
    const latencies: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await updateCustomer(ctx.manager, customer.id, { notes: `change ${i}` });
      await until(() => onB!.changes().length > i && onA!.changes().length > i);
      latencies.push(performance.now() - started);
    }
    console.info(`live latency across instances (ms): ${latencies.map((ms) => ms.toFixed(1)).join(", ")}`);
    expect(Math.max(...latencies)).toBeLessThan(2000);
    onA!.close();
    onB!.close();
  });

  it("reconnects a killed listener and delivers what committed while it was down", async () => {
    const customer = await makeCustomer(ctx.manager);
    const connection = await connect(hubs[1]!, ctx.staff, [`customer:${customer.id}`]);
    await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND query = ${`LISTEN ${LIVE_CHANNEL}`}`;
    await updateCustomer(ctx.manager, customer.id, { notes: "while down" });
    const [change] = await until(() => connection.changes().length > 0 && connection.changes(), 15_000);
    expect(change!.change.type).toBe("customer.updated");
    connection.close();
  });
});
