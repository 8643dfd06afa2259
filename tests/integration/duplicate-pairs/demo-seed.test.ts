// The demo seed holds a few customers entered twice and queues a scan, so Possible duplicates has
// pairs to show in the demo (each one a seeded copy with its original).
import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedOrganization } from "@/lib/db/seed";
import { runPendingJobs } from "@/lib/jobs";
import { ctxFor } from "@/tests/factories";
import { list } from "./helpers";

it("seeds duplicates the queued scan finds", { timeout: 120_000 }, async () => {
  const run = randomUUID().slice(0, 8);
  const person = (role: string) => ({ email: `${role}-${run}@seed.test`, password: `${role}-${run}-pw`, name: role });
  const seeded = await db.$transaction(
    (tx) =>
      seedOrganization(tx, {
        name: `Seed ${run}`,
        slug: `seed-${run}`,
        owner: person("owner"),
        staff: person("staff"),
        customers: 100,
      }),
    { timeout: 120_000 },
  );
  expect(await db.customer.count({ where: { organizationId: seeded.orgId } })).toBe(100);
  const scan = await db.job.findFirstOrThrow({ where: { organizationId: seeded.orgId, kind: "duplicate_scan" } });
  expect(scan.status).toBe("queued");
  await runPendingJobs({ limit: 50 });
  const { rows } = await list(ctxFor(seeded.orgId, seeded.ownerId, "owner"));
  const copies = await db.customer.findMany({
    where: { organizationId: seeded.orgId, email: { startsWith: "dup" } },
    select: { id: true },
  });
  expect(copies).toHaveLength(5);
  for (const copy of copies) expect(rows.some((row) => row.customers.some((c) => c.id === copy.id))).toBe(true);
});
