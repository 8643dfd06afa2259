// Typo search corrects a mistyped word against the organization's customer-name words: every write
// path adds a name's words (statement triggers, one insert per batch), an erasure removes the words no
// other name still holds, and one organization's words never correct another's search.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { listCustomers } from "@/lib/customers/queries";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { updateCustomer } from "@/lib/customers/mutations";
import { eraseCustomer } from "@/lib/privacy/erasure";
import { makeCustomer, makeOrgWithRoles } from "@/tests/factories";

let ctx: { manager: Ctx; admin: Ctx };
let other: Ctx;

beforeAll(async () => {
  ({ ctx } = await makeOrgWithRoles());
  ({
    ctx: { manager: other },
  } = await makeOrgWithRoles());
});

const words = async (orgId: string) =>
  (
    await db.$queryRaw<
      { word: string }[]
    >`SELECT word FROM customer_name_word WHERE organization_id = ${orgId} ORDER BY word`
  ).map((row) => row.word);
const names = async (q: string, as: Ctx = ctx.manager) =>
  (await listCustomers(as, parseCustomerListParams({ q }))).rows.map((row) => row.name);

describe("customer name words", () => {
  it("adds a new customer's folded name words of three letters or more", async () => {
    await makeCustomer(ctx.manager, { name: "Zephyrine Avionics & Co GmbH" });
    expect(await words(ctx.manager.orgId)).toEqual(expect.arrayContaining(["avionics", "zephyrine"]));
    expect(await words(ctx.manager.orgId)).not.toContain("gmbh");
    expect(await names("zephyrin avionics")).toEqual(["Zephyrine Avionics & Co GmbH"]);
  });

  it("adds a renamed customer's new words, and the typed word order matters", async () => {
    const customer = await makeCustomer(ctx.manager, { name: "Plain Name" });
    await updateCustomer(ctx.manager, customer.id, { name: "Quillback Rotorcraft", version: customer.version });
    expect(await names("quilback rotorcraft")).toEqual(["Quillback Rotorcraft"]);
    expect(await names("rotorcraft quilback")).toEqual([]);
  });

  it("adds a whole batch's words in one statement", async () => {
    await db.$executeRaw`
      INSERT INTO customer (id, organization_id, name, search_text, updated_at)
      SELECT gen_random_uuid(), ${ctx.manager.orgId}, 'Batchword' || n || ' Lines', 'batchword' || n || ' lines', now()
      FROM generate_series(1, 3) AS n`;
    expect(await words(ctx.manager.orgId)).toEqual(
      expect.arrayContaining(["batchword1", "batchword2", "batchword3", "lines"]),
    );
  });

  it("keeps each organization's words to itself", async () => {
    await makeCustomer(other, { name: "Xanthippe Ballooning" });
    expect(await words(ctx.manager.orgId)).not.toContain("xanthippe");
    expect(await names("xanthipe ballooning")).toEqual([]);
    expect(await names("xanthipe ballooning", other)).toEqual(["Xanthippe Ballooning"]);
  });

  it("forgets an erased name's words that no other name holds", async () => {
    const erased = await makeCustomer(ctx.manager, { name: "Vandersloot Avionics" });
    await eraseCustomer(ctx.admin, erased.id, { reason: "Erasure request", confirm: erased.name });
    const left = await words(ctx.manager.orgId);
    expect(left).not.toContain("vandersloot");
    expect(left).toContain("avionics");
    expect(await names("vandersloat avionics")).toEqual([]);
  });
});
