// Run by playwright.config.ts before the e2e server starts (the embedded database has one owner at a
// time): brings the database up to date and gives every spec file its own organization — the demo data
// set, an owner "Avery Admin", a staff user "Sam Staff" and a viewer "Val Viewer" with unique emails, an API key and a signed-in
// owner session, and one work order at a known time (./org-file.ts) — written to tests/e2e/.auth/<port>/<spec>.json for the `org` fixture (./support.ts).
import { randomUUID } from "node:crypto";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { disconnectDb } from "@/lib/db/client";
import { seedOrganization } from "@/lib/db/seed";
import { createUserWithPassword } from "@/lib/auth/credentials";
import { ensureDatabase } from "@/lib/db/setup";
import { makeSessionCookie } from "@/tests/support/api";
import { e2eOrgsDir, specsWithOwnDatabase, timeProbe, type E2eOrg } from "./org-file";

const port = Number(process.env.PORT);
const baseURL = new URL(process.env.BETTER_AUTH_URL ?? `http://127.0.0.1:${port}`);
// More than the largest list page (100) and every customer status; the whole set stays quick to seed.
const CUSTOMERS = 120;

async function provision(spec: string): Promise<E2eOrg> {
  const run = randomUUID().slice(0, 8);
  const user = (role: string, name: string) => ({
    email: `${role}-${run}@${spec}.e2e.test`,
    password: `${spec}-${role}-password`,
    name,
  });
  const [admin, staff] = [user("admin", "Avery Admin"), user("staff", "Sam Staff")];
  const seeded = await db.$transaction(
    (tx) =>
      seedOrganization(tx, {
        name: `E2E ${spec}`,
        slug: `e2e-${spec}-${run}`,
        owner: admin,
        staff,
        customers: CUSTOMERS,
      }),
    { timeout: 120_000 },
  );
  // A viewer too: pages and pickers that must leave read-only members out are tested against one.
  const viewer = user("viewer", "Val Viewer");
  const viewerUser = await createUserWithPassword(db, viewer);
  await db.member.create({
    data: { id: randomUUID(), organizationId: seeded.orgId, userId: viewerUser.id, role: "viewer" },
  });
  // An open one: the edit page of a completed or void work order redirects to its read-only page (the
  // seed's statuses vary by run, and every-page's edit check failed whenever the first one was completed).
  const probe = await db.workOrder.findFirstOrThrow({
    where: { organizationId: seeded.orgId, status: { notIn: ["completed", "void"] } },
    orderBy: { number: "asc" },
    select: { id: true },
  });
  await db.workOrder.update({
    where: { id: probe.id },
    data: { createdAt: new Date(timeProbe.createdAt), dueDate: new Date(`${timeProbe.dueDate}T00:00:00Z`) },
  });
  const { cookie } = await makeSessionCookie(seeded.ownerId, seeded.orgId);
  const [name, value] = cookie.split(/=(.*)/s) as [string, string];
  return {
    orgId: seeded.orgId,
    admin,
    staff,
    viewer,
    apiKey: seeded.apiKey,
    workOrderId: probe.id,
    storageState: {
      cookies: [
        {
          name,
          value,
          domain: baseURL.hostname,
          path: "/",
          expires: Math.floor(Date.now() / 1000) + 3600,
          httpOnly: true,
          secure: false,
          sameSite: "Lax",
        },
      ],
      origins: [],
    },
  };
}

// E2E_PROVISION_SPEC=<spec>: only that spec's organization, the others' files kept — how a spec that runs
// servers on a database of its own (./live-two-instances.spec.ts) provisions it.
const only = process.env.E2E_PROVISION_SPEC;
const specs = only
  ? [only]
  : (await readdir(import.meta.dirname))
      .filter((file) => file.endsWith(".spec.ts"))
      .map((file) => path.basename(file, ".spec.ts"))
      .filter((spec) => !specsWithOwnDatabase.includes(spec));
const dir = e2eOrgsDir(port);
if (!only) await rm(dir, { recursive: true, force: true });
await mkdir(dir, { recursive: true });
await ensureDatabase();
const started = Date.now();
for (const spec of specs) {
  await writeFile(path.join(dir, `${spec}.json`), JSON.stringify(await provision(spec), null, 2));
}
console.info(`[e2e] ${specs.length} spec organizations ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
await disconnectDb();
