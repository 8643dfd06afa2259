// Notes marked sensitive (issue 13 item 3): the body is ciphertext in the table, read by staff and above through
// the data layer, hidden from viewers and from non-owners seeing limited details, rotated, exported and erased.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as activityRoute from "@/app/api/v1/customers/[id]/activity/route";
import { db } from "@/lib/db";
import { logActivity } from "@/lib/activity/mutations";
import { listActivity } from "@/lib/activity/queries";
import { logActivitySchema } from "@/lib/activity/schemas";
import { eraseCustomer } from "@/lib/privacy/erasure";
import { collectBundle } from "@/lib/privacy/export-bundle";
import { rotatePii } from "@/lib/privacy/rotate";
import { updateVisibilitySettings } from "@/lib/privacy/settings";
import { makeCustomer, makeOrgWithRoles, uniq } from "@/tests/factories";
import { call, makeApiKey } from "@/tests/support/api";

const key = () => randomBytes(32).toString("base64");
const oldKey = `old:${key()}`;
const newKey = `new:${key()}`;
const savedKeys = process.env.PII_KEYS;

beforeAll(() => {
  process.env.PII_KEYS = oldKey;
});

afterAll(() => {
  if (savedKeys === undefined) delete process.env.PII_KEYS;
  else process.env.PII_KEYS = savedKeys;
});

const rawBody = async (id: string) =>
  (await db.$queryRaw<{ body: string | null }[]>`SELECT body FROM activity WHERE id = ${id}::uuid`)[0]!.body;

const sealedUnder = (keyId: string) => new RegExp(`^v1:${keyId}:[\\w-]{16}:[\\w-]{22,}$`);

describe("sensitive notes", () => {
  it("are ciphertext in the table, plaintext for staff and above, hidden from viewers", async () => {
    const { staff, manager, viewer } = await makeOrgWithRoles();
    const customer = await makeCustomer(staff);
    const secret = uniq("diagnosis ");
    const note = await logActivity(staff, customer.id, {
      type: "note",
      summary: "Health",
      body: secret,
      sensitive: true,
    });
    const plain = await logActivity(staff, customer.id, { type: "call", summary: "Called", body: "plain words" });

    expect(await rawBody(note.id)).toMatch(sealedUnder("old"));
    expect(await rawBody(note.id)).not.toContain(secret);
    expect(await rawBody(plain.id)).toBe("plain words");
    expect(note).toMatchObject({ body: secret, sensitive: true });

    for (const ctx of [staff, manager]) {
      const { items } = await listActivity(ctx, customer.id, { types: ["note"] });
      expect(items[0]).toMatchObject({ body: secret, sensitive: true, bodyHidden: false });
    }
    const { items } = await listActivity(viewer, customer.id);
    expect(items.find((item) => item.id === note.id)).toMatchObject({ body: null, sensitive: true, bodyHidden: true });
    expect(items.find((item) => item.id === plain.id)).toMatchObject({ body: "plain words", bodyHidden: false });
  });

  it("are logged over REST with `sensitive: true` and stored sealed", async () => {
    const { org, staff } = await makeOrgWithRoles();
    const customer = await makeCustomer(staff);
    const apiKey = await makeApiKey(org.id, "staff");
    const logged = await call(activityRoute.POST, "POST", `/api/v1/customers/${customer.id}/activity`, {
      key: apiKey,
      params: { id: customer.id },
      body: { type: "meeting", summary: "Private", body: "over REST", sensitive: true },
    });
    expect(logged.status).toBe(201);
    expect(logged.json.data).toMatchObject({ body: "over REST", sensitive: true, bodyHidden: false });
    expect(await rawBody(logged.json.data.id)).toMatch(sealedUnder("old"));
  });

  it("stay hidden from a non-owner seeing limited details; the author still reads their own", async () => {
    const { admin, manager, staff } = await makeOrgWithRoles();
    const customer = await makeCustomer(manager);
    await db.customer.update({ where: { id: customer.id }, data: { ownerId: manager.userId } });
    const note = await logActivity(manager, customer.id, {
      type: "note",
      summary: "Private",
      body: "manager only",
      sensitive: true,
    });
    await updateVisibilitySettings(admin, { visibilityMode: "own_and_shared" });
    const seenByStaff = (await listActivity(staff, customer.id)).items.find((item) => item.id === note.id);
    expect(seenByStaff).toMatchObject({ body: null, sensitive: true });
    const seenByAuthor = (await listActivity(manager, customer.id)).items.find((item) => item.id === note.id);
    expect(seenByAuthor?.body).toBe("manager only");
  });

  it("are re-encrypted by the rotation, opened in the subject access export and deleted by erasure", async () => {
    process.env.PII_KEYS = oldKey;
    const { staff, manager, admin } = await makeOrgWithRoles();
    const customer = await makeCustomer(staff);
    const note = await logActivity(staff, customer.id, {
      type: "note",
      summary: "Rotated",
      body: "rotate me",
      sensitive: true,
    });

    process.env.PII_KEYS = `${newKey},${oldKey}`;
    const results = await rotatePii({ organizationId: staff.orgId });
    expect(results.find((r) => r.target === "activity")).toMatchObject({ scanned: 1, rewritten: 1 });
    expect(await rawBody(note.id)).toMatch(sealedUnder("new"));
    expect((await rotatePii({ organizationId: staff.orgId })).every((r) => r.rewritten === 0)).toBe(true);

    process.env.PII_KEYS = newKey;
    expect((await listActivity(staff, customer.id, { types: ["note"] })).items[0]?.body).toBe("rotate me");
    const sections = await db.$transaction((tx) => collectBundle(tx, manager.orgId, customer.id));
    const activity = sections.find((section) => section.name === "activity");
    expect(JSON.stringify(activity)).toContain("rotate me");
    expect(JSON.stringify(sections)).not.toMatch(/v1:[\w-]+:[\w-]{16}:/);

    await eraseCustomer(admin, customer.id, { reason: "Asked", confirm: customer.name });
    expect(await rawBody(note.id)).toBeNull();
  });

  it("the input schema takes the flag, defaulting to not sensitive", () => {
    const base = { type: "note", summary: "Hi" };
    expect(logActivitySchema.parse({ ...base, sensitive: true }).sensitive).toBe(true);
    expect(logActivitySchema.parse(base).sensitive).toBe(false);
    expect(logActivitySchema.safeParse({ ...base, sensitive: "yes" }).success).toBe(false);
  });
});
