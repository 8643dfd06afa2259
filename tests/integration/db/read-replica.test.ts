// DATABASE_READ_URL (lib/db/read-routing.ts): list, detail and search reads of read-only requests go to the read
// replica; writes, the reads of write requests and jobs, and the reads of a caller whose last write the replica
// has not replayed go to the primary. On PostgreSQL the "replica" is a copy of this file's database in which
// one customer and one aircraft differ, so every answer shows which server it came from; its position in the
// write-ahead log is the cluster's own (lib/db/replica-position.ts), which makes "not replayed yet" a write
// position ahead of the cluster's. On PGlite the setting is ignored, with a log line.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { GET as getCustomerRoute, PATCH as patchCustomerRoute } from "@/app/api/v1/customers/[id]/route";
import { GET as listCustomersRoute } from "@/app/api/v1/customers/route";
import { db } from "@/lib/db";
import { disconnectDb, getDbHandle, getReadHandle } from "@/lib/db/client";
import { connectPg } from "@/lib/db/sql";
import { onReplica, runOnPrimary, runReadRequest } from "@/lib/db/read-routing";
import { READ_AFTER_COOKIE, readAfterToken, verifyReadAfter } from "@/lib/db/read-after-write";
import { parseLsn, replicaLagMs, serverPosition } from "@/lib/db/replica-position";
import { runInOrganization } from "@/lib/db/tenant-scope";
import { getCustomer, listCustomers } from "@/lib/customers/queries";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { getAsset } from "@/lib/assets/queries";
import { createActionBuilder } from "@/lib/safe-action";
import { createLogger, setLogger } from "@/lib/log";
import { call, makeApiKey } from "../../support/api";
import { localTestDatabaseUrl, withDatabase } from "../../support/test-db-url";
import { ctxFor, makeAircraft, makeCustomer, makeOrg, makeUser, uniq } from "../../factories";
import type { Ctx } from "@/lib/auth/context";

const logLines: string[] = [];
let previousLogger: ReturnType<typeof setLogger>;

function captureLog() {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  previousLogger = setLogger(createLogger(stream, "info"));
}

afterAll(() => {
  if (previousLogger) setLogger(previousLogger);
});

describe("pure parts", () => {
  it("reads WAL positions and measures lag against the primary's recent positions", () => {
    expect(parseLsn("16/B374D848")).toBe((0x16n << 32n) | 0xb374d848n);
    expect(() => parseLsn("16-B3")).toThrow();
    const samples = [
      { lsn: 100n, at: 1_000 },
      { lsn: 200n, at: 2_000 },
      { lsn: 300n, at: 3_000 },
    ];
    expect(replicaLagMs(samples, 300n, 3_500)).toBe(0);
    expect(replicaLagMs(samples, 250n, 3_500)).toBe(500);
    expect(replicaLagMs(samples, 50n, 3_500)).toBe(2_500);
  });

  it("accepts only its own, unexpired read-after-write tokens", () => {
    const token = readAfterToken(0x1234n, 1_000_000);
    expect(verifyReadAfter(token, 1_000_000)).toBe(0x1234n);
    expect(verifyReadAfter(token, 1_000_000 + 61_000)).toBeNull();
    expect(verifyReadAfter(token.replace(/^1234/, "ffff"), 1_000_000)).toBeNull();
    expect(verifyReadAfter("garbage", 1_000_000)).toBeNull();
  });
});

describe.runIf(!process.env.TEST_DATABASE_URL)("on the embedded database", () => {
  it("ignores DATABASE_READ_URL and says so once", async () => {
    captureLog();
    process.env.DATABASE_READ_URL = "postgresql://postgres@127.0.0.1:5433/postgres";
    try {
      expect(getReadHandle()).toBeNull();
      expect(getReadHandle()).toBeNull();
      expect(logLines.filter((line) => line.includes("DATABASE_READ_URL is ignored"))).toHaveLength(1);
    } finally {
      delete process.env.DATABASE_READ_URL;
    }
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("with a read replica (PostgreSQL)", () => {
  const serverUrl = localTestDatabaseUrl()!;
  let replicaDatabase: string;
  let replicaUrl: string;
  let ctx: Ctx;
  let key: string;
  let customerId: string;
  let aircraftId: string;
  const name = uniq("Primary copy ");

  const getOne = (cookie?: string) =>
    call(getCustomerRoute, "GET", `/api/v1/customers/${customerId}`, {
      key,
      params: { id: customerId },
      headers: cookie ? { cookie: `${READ_AFTER_COOKIE}=${cookie}` } : {},
    });
  const primaryPosition = async () => (await serverPosition(getDbHandle().pool!))!;

  beforeAll(async () => {
    const org = await makeOrg();
    const user = await makeUser(org.id, "admin");
    ctx = ctxFor(org.id, user.id, "admin");
    customerId = (await makeCustomer(ctx, { name })).id;
    aircraftId = (await makeAircraft(ctx, { model: "172S" })).id;
    key = await makeApiKey(org.id, "viewer");
    // A copy of this file's database needs it without connections.
    const primaryDatabase = new URL(getDbHandle().connectionString!).pathname.slice(1);
    await disconnectDb();
    replicaDatabase = `${primaryDatabase}_replica`;
    const admin = await connectPg(serverUrl.toString());
    try {
      await admin.exec(`CREATE DATABASE "${replicaDatabase}" TEMPLATE "${primaryDatabase}"`);
    } finally {
      await admin.close();
    }
    replicaUrl = withDatabase(serverUrl, replicaDatabase);
    const replica = await connectPg(replicaUrl);
    try {
      await replica.query("UPDATE customer SET name = 'Replica copy', search_text = 'replica copy' WHERE id = $1", [
        customerId,
      ]);
      await replica.query("UPDATE asset SET model = 'On the replica' WHERE id = $1", [aircraftId]);
    } finally {
      await replica.close();
    }
    process.env.DATABASE_READ_URL = replicaUrl;
  });

  afterAll(async () => {
    await disconnectDb();
    delete process.env.DATABASE_READ_URL;
    const admin = await connectPg(serverUrl.toString());
    try {
      await admin.exec(`DROP DATABASE IF EXISTS "${replicaDatabase}" WITH (FORCE)`);
    } finally {
      await admin.close();
    }
  });

  it("a REST GET reads detail, list and search from the replica", async () => {
    expect((await getOne()).json.data.name).toBe("Replica copy");
    const listed = await call(listCustomersRoute, "GET", "/api/v1/customers?q=replica", { key });
    expect(listed.json.data.map((row: { id: string }) => row.id)).toEqual([customerId]);
    const asset = await runInOrganization(ctx.orgId, () => runReadRequest(null, () => getAsset(ctx, aircraftId)));
    expect(asset.model).toBe("On the replica");
  });

  it("work outside a request (jobs, scripts) and a server action read from the primary", async () => {
    expect((await runInOrganization(ctx.orgId, () => getCustomer(ctx, customerId))).name).toBe(name);
    const action = createActionBuilder(async () => ctx);
    const read = action(z.object({}), () => getCustomer(ctx, customerId));
    const result = await runReadRequest(null, () => read({}));
    expect("data" in result && result.data.name).toBe(name);
  });

  it("a REST write goes to the primary, reads its own write there, and hands back a read-after-write cookie", async () => {
    const before = await primaryPosition();
    const { json: current } = await call(getCustomerRoute, "GET", `/api/v1/customers/${customerId}`, {
      key: await makeApiKey(ctx.orgId, "admin"),
      params: { id: customerId },
      headers: { cookie: `${READ_AFTER_COOKIE}=${readAfterToken(before + (1n << 30n))}` },
    });
    expect(current.data.name).toBe(name);
    const changed = uniq("Changed on the primary ");
    const patched = await call(patchCustomerRoute, "PATCH", `/api/v1/customers/${customerId}`, {
      key: await makeApiKey(ctx.orgId, "admin"),
      params: { id: customerId },
      headers: { "if-match": `"${current.data.version}"` },
      body: { name: changed },
    });
    expect(patched.status).toBe(200);
    expect(patched.json.data.name).toBe(changed);
    const cookie = /chub_read_after=([^;]+); Path=\/; Max-Age=60; HttpOnly; SameSite=Lax/.exec(
      patched.headers.get("set-cookie") ?? "",
    );
    expect(verifyReadAfter(cookie?.[1])).toBeGreaterThan(before);
    const replica = await connectPg(replicaUrl);
    try {
      const rows = await replica.query<{ name: string }>("SELECT name FROM customer WHERE id = $1", [customerId]);
      expect(rows[0]!.name).toBe("Replica copy");
    } finally {
      await replica.close();
    }
  });

  it("a caller whose last write the replica has not replayed reads from the primary; an old, forged or expired cookie does not matter", async () => {
    const position = await primaryPosition();
    const { json: fresh } = await getOne(readAfterToken(position + (1n << 30n)));
    expect(fresh.data.name).not.toBe("Replica copy");
    expect((await getOne(readAfterToken(position))).json.data.name).toBe("Replica copy");
    const forged = readAfterToken(position + (1n << 30n)).replace(/\.[^.]+$/, ".AAAAAAAAAAAAAAAAAAAAAA");
    expect((await getOne(forged)).json.data.name).toBe("Replica copy");
    const expired = readAfterToken(position + (1n << 30n), Date.now() - 120_000);
    expect((await getOne(expired)).json.data.name).toBe("Replica copy");
    // A page render's list uses the same rule (its cookie read by requireCtx).
    const params = parseCustomerListParams({ q: "replica" });
    const behind = await runInOrganization(ctx.orgId, () =>
      runReadRequest(position + (1n << 30n), () => listCustomers(ctx, params)),
    );
    expect(behind.rows).toEqual([]);
  });

  it("runs primary and replica connections without JIT compilation", async () => {
    const jitOf = (statement: Promise<{ jit: string }[]>) => statement.then(([row]) => row!.jit);
    expect(await jitOf(db.$queryRaw`SELECT current_setting('jit') AS jit`)).toBe("off");
    expect(
      await runInOrganization(ctx.orgId, () =>
        runReadRequest(null, () => onReplica(() => jitOf(db.$queryRaw`SELECT current_setting('jit') AS jit`))),
      ),
    ).toBe("off");
  });

  it("never writes on the replica: its connections are read-only", async () => {
    await expect(
      runInOrganization(ctx.orgId, () =>
        runReadRequest(null, () =>
          onReplica(() => db.customer.update({ where: { id: customerId }, data: { name: "Written on the replica" } })),
        ),
      ),
    ).rejects.toThrow(/read-only transaction/);
    // The same write from a write request lands on the primary.
    await runInOrganization(ctx.orgId, () =>
      runOnPrimary(() =>
        onReplica(() => db.customer.update({ where: { id: customerId }, data: { name: "Written on the primary" } })),
      ),
    );
    expect((await runInOrganization(ctx.orgId, () => getCustomer(ctx, customerId))).name).toBe(
      "Written on the primary",
    );
  });

  it("a replica that does not answer: reads go to the primary, and the log says why", async () => {
    captureLog();
    process.env.DATABASE_READ_URL = "postgresql://postgres@127.0.0.1:1/nothing";
    try {
      expect((await getOne()).json.data.name).toBe("Written on the primary");
      expect(logLines.some((line) => line.includes("db.replica: reads go to the primary: it does not answer"))).toBe(
        true,
      );
    } finally {
      await getReadHandle()?.prisma.$disconnect();
      process.env.DATABASE_READ_URL = replicaUrl;
    }
  });
});
