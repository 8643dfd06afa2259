// The visibility matrix (issue 13): mode × role × the member's relation to a customer × every read path.
// Each cell says whether the path answers the customer's full details or limited ones (masked); one
// expectation per mode and role, so a failing cell shows in the diff by path and relation.
import { beforeAll, describe, expect, it } from "vitest";
import * as customerCollection from "@/app/api/v1/customers/route";
import * as customerItem from "@/app/api/v1/customers/[id]/route";
import * as contactCollection from "@/app/api/v1/customers/[id]/contacts/route";
import * as workOrderItem from "@/app/api/v1/work-orders/[id]/route";
import { listActivity } from "@/lib/activity/queries";
import { createApiKeyWithSecret } from "@/lib/api-keys/mutations";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { listContacts } from "@/lib/contacts/queries";
import { loadExportRows } from "@/lib/customers/export/rows";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { getCustomer, listCustomers, searchCustomerOptions } from "@/lib/customers/queries";
import { updateCustomer } from "@/lib/customers/mutations";
import { db } from "@/lib/db";
import { updateVisibilitySettings } from "@/lib/privacy/settings";
import { shareCustomer } from "@/lib/privacy/shares";
import { globalSearch } from "@/lib/search/global-search";
import { setServiceCenterMembers } from "@/lib/service-centers/members";
import { getWorkOrder } from "@/lib/work-orders/queries";
import { createWorkOrder } from "@/lib/work-orders/mutations";
import type { VisibilityMode } from "@/lib/privacy/visibility-modes";
import { call } from "@/tests/support/api";
import {
  ctxFor,
  makeAssetLinkRow,
  makeAssetRow,
  makeContact,
  makeCustomer,
  makeOrg,
  makeServiceCenter,
  makeUser,
  uniq,
} from "@/tests/factories";

const roles = ["viewer", "staff", "manager", "admin"] as const satisfies readonly Role[];
type MatrixRole = (typeof roles)[number];
const relations = ["owner", "sharedWithUser", "sharedViaCenter", "shareExpired", "other"] as const;
type Relation = (typeof relations)[number];
const paths = [
  "detail",
  "list",
  "restList",
  "restDetail",
  "export",
  "contacts",
  "restContacts",
  "activityDiff",
  "workOrder",
  "restWorkOrder",
  "commandPalette",
  "picker",
] as const;
type ReadPath = (typeof paths)[number];
type Seen = "full" | "masked";

interface Fixture {
  id: string;
  email: string;
  contactEmail: string;
  workOrderId: string;
}

interface Actor {
  ctx: Ctx;
  key: string;
  /** A word in the names of this actor's customers only (the list's search). */
  word: string;
  customers: Record<Relation, Fixture>;
}

const org = await makeOrg();
const admin = ctxFor(org.id, (await makeUser(org.id, "admin")).id, "admin");
const otherOwner = await makeUser(org.id, "staff");
const actors = {} as Record<MatrixRole, Actor>;

async function makeFixture(actor: Ctx, word: string, relation: Relation): Promise<Fixture> {
  const email = `${uniq("c-")}@example.test`;
  const customer = await makeCustomer(admin, {
    kind: "company",
    name: `${word} ${relation} ${uniq()}`,
    email,
    phone: "+18655550142",
    addressLine1: "1 Hangar Road",
    postalCode: "37920",
    city: "Knoxville",
    taxId: "12-3456789",
    notes: "Prefers morning calls",
  });
  await db.customer.update({
    where: { id: customer.id },
    data: { ownerId: relation === "owner" ? actor.userId : otherOwner.id },
  });
  const contact = await makeContact(admin, customer.id, { phone: "+18655550199" });
  // A timeline entry whose diff carries personal values (the email before and after).
  const newEmail = `${uniq("n-")}@example.test`;
  await updateCustomer(admin, customer.id, { email: newEmail });
  const asset = await makeAssetRow(org.id);
  await makeAssetLinkRow(org.id, asset.id, customer.id, { isPrimary: true });
  const center = await makeServiceCenter(org.id);
  const workOrder = await createWorkOrder(admin, { serviceCenterId: center.id, assetId: asset.id });
  return { id: customer.id, email: newEmail, contactEmail: contact.email!, workOrderId: workOrder.id };
}

async function makeActor(role: MatrixRole): Promise<Actor> {
  const user = await makeUser(org.id, role);
  const ctx = ctxFor(org.id, user.id, role);
  const { key } = await createApiKeyWithSecret(db, { orgId: org.id, name: uniq("key "), role, createdById: user.id });
  const word = uniq("Vis").replace(/[^A-Za-z]/g, "") + role;
  const customers = {} as Record<Relation, Fixture>;
  for (const relation of relations) customers[relation] = await makeFixture(ctx, word, relation);
  // Shares: to the user; to a center the user belongs to; one to the user that has expired.
  await shareCustomer(admin, customers.sharedWithUser.id, { userId: user.id });
  const center = await makeServiceCenter(org.id);
  await setServiceCenterMembers(admin, center.id, { userIds: [user.id] });
  await shareCustomer(admin, customers.sharedViaCenter.id, { serviceCenterId: center.id, expiresOn: "2099-12-31" });
  await db.customerShare.create({
    data: {
      organizationId: org.id,
      customerId: customers.shareExpired.id,
      userId: user.id,
      expiresAt: new Date(Date.now() - 60_000),
      createdById: admin.userId,
    },
  });
  return { ctx, key, word, customers };
}

beforeAll(async () => {
  for (const role of roles) actors[role] = await makeActor(role);
}, 120_000);

/** Full when the fixture's real email shows, masked when its masked form does; anything else fails the cell. */
function seen(actual: unknown, fixture: { email: string }, masked = maskedEmail(fixture.email)): Seen | string {
  const text = JSON.stringify(actual ?? null);
  if (text.includes(fixture.email)) return "full";
  if (text.includes(masked)) return "masked";
  return `neither: ${text.slice(0, 200)}`;
}

const maskedEmail = (email: string) => `${email[0]}•••${email.slice(email.indexOf("@"))}`;

async function readAll(actor: Actor, fixture: Fixture): Promise<Record<ReadPath, Seen | string>> {
  const { ctx, key } = actor;
  const id = fixture.id;
  const contactFixture = { email: fixture.contactEmail };
  const [detail, table, restList, restDetail, exported, contacts, restContacts, activity, workOrder, restWorkOrder] =
    await Promise.all([
      getCustomer(ctx, id),
      listCustomers(ctx, parseCustomerListParams({ q: fixture.email })),
      call(customerCollection.GET, "GET", `/api/v1/customers?q=${encodeURIComponent(fixture.email)}&perPage=5`, {
        key,
      }),
      call(customerItem.GET, "GET", `/api/v1/customers/${id}`, { key, params: { id } }),
      loadExportRows(ctx, [id], true),
      listContacts(ctx, id),
      call(contactCollection.GET, "GET", `/api/v1/customers/${id}/contacts`, { key, params: { id } }),
      listActivity(ctx, id),
      getWorkOrder(ctx, fixture.workOrderId),
      call(workOrderItem.GET, "GET", `/api/v1/work-orders/${fixture.workOrderId}`, {
        key,
        params: { id: fixture.workOrderId },
      }),
    ]);
  const [palette, picker] = await Promise.all([
    globalSearch(ctx, { q: fixture.email }),
    searchCustomerOptions(ctx, { q: fixture.email }),
  ]);
  const diff = activity.items.find((item) => item.changes?.email);
  // The billed-customer snapshot and the live customer card must agree.
  const snapshot = seen(workOrder.customerSnapshot, fixture);
  const agree = (a: Seen | string, b: Seen | string) => (a === b ? a : `disagree: ${a} / ${b}`);
  return {
    detail: detail.masked === (seen(detail, fixture) === "masked") ? seen(detail, fixture) : "masked flag disagrees",
    list: seen(
      table.rows.find((row) => row.id === id),
      fixture,
    ),
    restList: seen(
      restList.json.data.find((row: { id: string }) => row.id === id),
      fixture,
    ),
    restDetail:
      restDetail.json.data.masked === (seen(restDetail.json, fixture) === "masked")
        ? seen(restDetail.json, fixture)
        : "masked flag disagrees",
    export: seen(exported, fixture),
    contacts: seen(contacts, contactFixture),
    restContacts: seen(restContacts.json, contactFixture),
    activityDiff: seen(diff?.changes?.email?.to, fixture),
    workOrder: agree(snapshot, seen(workOrder.customer, fixture)),
    restWorkOrder: agree(
      seen(restWorkOrder.json.data.customerSnapshot, fixture),
      seen(restWorkOrder.json.data.customer, fixture),
    ),
    commandPalette: seen(
      palette.customers.find((hit) => hit.id === id),
      fixture,
    ),
    picker: seen(
      picker.find((option) => option.value === id),
      fixture,
    ),
  };
}

function expected(mode: VisibilityMode, role: MatrixRole, relation: Relation): Seen {
  const limited = mode === "own_and_shared" && (role === "viewer" || role === "staff");
  return limited && (relation === "shareExpired" || relation === "other") ? "masked" : "full";
}

describe.each(["everyone", "own_and_shared"] as const)("visibility mode %s", (mode) => {
  beforeAll(async () => {
    await updateVisibilitySettings(admin, { visibilityMode: mode });
  });

  it.each(roles)("%s: every read path answers full or limited details by relation", async (role) => {
    const actor = actors[role];
    const actual: Record<string, Record<string, Seen | string>> = {};
    const wanted: Record<string, Record<string, Seen>> = {};
    for (const relation of relations) {
      const seenBy = await readAll(actor, actor.customers[relation]);
      for (const path of paths) {
        (actual[path] ??= {})[relation] = seenBy[path];
        (wanted[path] ??= {})[relation] = expected(mode, role, relation);
      }
    }
    expect(actual).toEqual(wanted);
  });
});
