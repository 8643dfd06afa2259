// An erased customer leaves duplicate review for good: a scan after the erasure pairs it with nobody,
// even with a customer that still has the phone and name it used to share (its keys are gone),
// and the warning while creating a customer no longer offers it.
import { describe, expect, it } from "vitest";
import { findDuplicateCandidates } from "@/lib/duplicates/queries";
import { eraseCustomer } from "@/lib/privacy/erasure";
import { makeCustomer, makeOrgWithRoles, uniq } from "@/tests/factories";
import { findPair, scan } from "../duplicate-pairs/helpers";

describe("erasure and duplicates", () => {
  it("an erased customer is in no scanned pair and no create-time warning", async () => {
    const { ctx } = await makeOrgWithRoles();
    const tag = uniq().toLowerCase();
    const same = { phone: "+1 865 555 0142", country: "US", postalCode: "37902" };
    const kept = await makeCustomer(ctx.manager, { name: `Summit Air Charter ${tag}`, ...same });
    const erased = await makeCustomer(ctx.manager, { name: `Summit Air Charter ${tag} LLC`, ...same });

    expect(await scan(ctx.manager)).toMatchObject({ status: "completed" });
    expect(await findPair(ctx.manager, kept.id, erased.id)).toBeDefined();

    await eraseCustomer(ctx.admin, erased.id, { reason: "Erasure request", confirm: erased.name });
    expect(await findPair(ctx.manager, kept.id, erased.id)).toBeUndefined();
    expect(await scan(ctx.manager)).toMatchObject({ status: "completed" });
    expect(await findPair(ctx.manager, kept.id, erased.id)).toBeUndefined();

    const warnings = await findDuplicateCandidates(ctx.manager, { name: `Summit Air Charter ${tag}`, ...same });
    expect(warnings.map((candidate) => candidate.id)).toEqual([kept.id]);
  });
});
