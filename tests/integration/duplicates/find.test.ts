// findDuplicateCandidates: each rule on its own, the score order when several apply, the customer
// being edited never its own duplicate, and another organization's customers never candidates.
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findDuplicateCandidates } from "@/lib/duplicates/queries";
import {
  makeAssetLinkRow,
  makeAssetRow,
  makeContact,
  makeCustomer,
  makeOrgWithOutsider,
  uniq,
} from "@/tests/factories";

const { staff, outsider } = await makeOrgWithOutsider();

const find = (draft: Record<string, unknown>, opts?: { excludeId?: string }) =>
  findDuplicateCandidates(staff, draft, opts);
const only = async (draft: Record<string, unknown>, id: string) => {
  const found = await find(draft);
  expect(found.map((c) => c.id)).toEqual([id]);
  return found[0]!;
};
const town = () => ({ city: uniq("Town "), postalCode: String(randomInt(10000, 100000)), country: "DE" });

describe("findDuplicateCandidates rules", () => {
  it("same email, case-insensitive, also against contacts' emails", async () => {
    const email = `${uniq("ops-")}@example.test`;
    const customer = await makeCustomer(staff, { email });
    expect((await only({ name: uniq("Other "), email: email.toUpperCase() }, customer.id)).reasons).toEqual([
      { kind: "email", value: email },
    ]);

    const contactEmail = `${uniq("ana-")}@example.test`;
    const withContact = await makeCustomer(staff);
    await makeContact(staff, withContact.id, { email: contactEmail });
    const found = await only({ email: contactEmail }, withContact.id);
    expect(found.reasons).toEqual([{ kind: "contactEmail", value: contactEmail }]);
    // A draft's contact email is checked too.
    expect((await only({ contacts: [{ email: email }] }, customer.id)).reasons[0]!.kind).toBe("email");
  });

  it("same normalized phone, also against contacts' phones and mobiles", async () => {
    const number = `+4144${String(Date.now()).slice(-7)}`;
    const customer = await makeCustomer(staff, { phone: number, country: "CH" });
    const national = `0${number.slice(3, 5)} ${number.slice(5)}`;
    expect((await only({ phone: national, country: "CH" }, customer.id)).reasons).toEqual([
      { kind: "phone", value: number },
    ]);

    const mobile = `+4179${String(Date.now() + 1).slice(-7)}`;
    const withContact = await makeCustomer(staff, { country: "CH" });
    await makeContact(staff, withContact.id, { mobile });
    expect((await only({ secondaryPhone: mobile }, withContact.id)).reasons).toEqual([
      { kind: "contactPhone", value: mobile },
    ]);
  });

  it("same account number, case-insensitive", async () => {
    const accountNumber = uniq("ACC-");
    const customer = await makeCustomer(staff, { accountNumber });
    expect((await only({ accountNumber: accountNumber.toLowerCase() }, customer.id)).reasons).toEqual([
      { kind: "accountNumber", value: accountNumber },
    ]);
  });

  it("similar name in the same postal code or city; a merely similar name elsewhere is not enough", async () => {
    const place = town();
    const word = uniq("Zq");
    const customer = await makeCustomer(staff, { name: `Müller ${word} Flugtechnik GmbH`, ...place });
    const samePostal = await only(
      { name: `Mueller ${word} Flugtechnik`, postalCode: ` ${place.postalCode} ` },
      customer.id,
    );
    expect(samePostal.reasons).toEqual([{ kind: "similarName", similarity: 1, samePostalCode: true, sameCity: false }]);
    const sameCity = await only({ name: `Muller ${word} Flugtechnik AG`, city: place.city.toUpperCase() }, customer.id);
    expect(sameCity.reasons).toEqual([{ kind: "similarName", similarity: 1, samePostalCode: false, sameCity: true }]);
    expect(sameCity.score).toBeLessThan(samePostal.score);
    // Nearly the same name counts alone, weakly; a looser one only with a shared place.
    expect((await only({ name: `Mueller ${word} Flugtechnik` }, customer.id)).score).toBeLessThan(sameCity.score);
    expect(await find({ name: `Mueller ${word} Flugdienst`, city: "Elsewhere" })).toEqual([]);
  });

  it("same website domain", async () => {
    const domain = `${uniq("acme-")}.test`;
    const customer = await makeCustomer(staff, { website: `https://www.${domain}/about` });
    expect((await only({ website: `${domain.toUpperCase()}` }, customer.id)).reasons).toEqual([
      { kind: "websiteDomain", value: domain },
    ]);
  });

  it("a shared current aircraft or vehicle: given with the draft, or the edited customer's own", async () => {
    const asset = await makeAssetRow(staff.orgId);
    const owner = await makeCustomer(staff);
    const operator = await makeCustomer(staff);
    await makeAssetLinkRow(staff.orgId, asset.id, owner.id, { isPrimary: true });
    await makeAssetLinkRow(staff.orgId, asset.id, operator.id);
    const reason = { kind: "sharedAsset", assetId: asset.id, label: asset.registration };
    const byDraft = await find({ assetIds: [asset.id] });
    expect(byDraft.map((c) => c.id).sort()).toEqual([owner.id, operator.id].sort());
    expect(byDraft[0]!.reasons).toEqual([reason]);
    const byEdit = await find({ name: operator.name }, { excludeId: operator.id });
    expect(byEdit.map((c) => [c.id, c.reasons])).toEqual([[owner.id, [reason]]]);
    // A former link is no longer shared.
    const former = await makeCustomer(staff);
    await makeAssetLinkRow(staff.orgId, asset.id, former.id, { status: "former" });
    expect((await find({ assetIds: [asset.id] })).map((c) => c.id)).not.toContain(former.id);
  });
});

describe("findDuplicateCandidates order, exclusion and tenancy", () => {
  it("orders by score: more and stronger reasons first", async () => {
    const place = town();
    const word = uniq("Kx");
    const email = `${uniq("info-")}@example.test`;
    const strong = await makeCustomer(staff, { name: `${word} Air Charter`, email, ...place });
    const weak = await makeCustomer(staff, { name: `${word} Air Charters Ltd`, ...place });
    const found = await find({ name: `${word} Air Charter`, email, city: place.city });
    expect(found.map((c) => c.id)).toEqual([strong.id, weak.id]);
    expect(found[0]!.reasons.map((r) => r.kind)).toEqual(["email", "similarName"]);
    expect(found[0]!.score).toBeGreaterThan(found[1]!.score);
    expect(found.every((c) => c.score > 0 && c.score <= 100)).toBe(true);
  });

  it("never returns the customer being edited", async () => {
    const email = `${uniq("self-")}@example.test`;
    const customer = await makeCustomer(staff, { email });
    expect(await find({ email }, { excludeId: customer.id })).toEqual([]);
  });

  it("never returns a merged customer's tombstone", async () => {
    const email = `${uniq("merged-")}@example.test`;
    const survivor = await makeCustomer(staff, { name: uniq("Survivor ") });
    const merged = await makeCustomer(staff, { email });
    await db.$executeRaw`UPDATE customer SET merged_into_id = ${survivor.id}::uuid WHERE id = ${merged.id}::uuid`;
    expect(await find({ email })).toEqual([]);
  });

  it("never returns another organization's customer", async () => {
    const email = `${uniq("theirs-")}@example.test`;
    const theirs = await makeCustomer(outsider, { email, name: uniq("Theirs ") });
    expect(await find({ email, name: theirs.name })).toEqual([]);
    expect((await findDuplicateCandidates(outsider, { email })).map((c) => c.id)).toEqual([theirs.id]);
  });
});
