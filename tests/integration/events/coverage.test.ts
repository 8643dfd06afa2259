// Every mutation emits: the functions are found by reading the modules (every export of lib/**/mutations.ts
// and of the bulk, merge-undo, import-job and erasure entry points), and each must either have a scenario
// here that shows it writing at least one event, or be listed as changing nothing an event is about. A new
// mutation with neither fails this test.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import {
  createContact,
  deleteContact,
  restoreContact,
  setPrimaryContact,
  updateContact,
} from "@/lib/contacts/mutations";
import {
  archiveCustomer,
  createCustomer,
  deleteCustomer,
  restoreCustomer,
  updateCustomer,
} from "@/lib/customers/mutations";
import { linkCustomer, setPrimaryLink, unlinkCustomer, updateLink } from "@/lib/asset-links/mutations";
import { createWorkOrder, deleteWorkOrder, updateWorkOrder } from "@/lib/work-orders/mutations";
import { mergeCustomers, runMergeRequest } from "@/lib/customers/merge/mutations";
import { runBulkAction } from "@/lib/customers/bulk/run";
import { createTier, deleteTier } from "@/lib/tiers/mutations";
import { undoImport } from "@/lib/imports/mutations";
import { runPendingJobs } from "@/lib/jobs";
import { eraseContact, eraseCustomer, eraseCustomerAsSystem } from "@/lib/privacy/erasure";
import { undoBulkChange } from "@/lib/customers/bulk/undo";
import { undoMerge } from "@/lib/customers/merge/undo";
import { transferOwnership } from "@/lib/customers/ownership/mutations";
import { logActivity, revertChange } from "@/lib/activity/mutations";
import { contactInput, makeAssetRow, makeOrgWithRoles, makeServiceCenter, makeUser, uniq } from "@/tests/factories";
import { csv, importCsv } from "../imports/helpers";

const root = path.resolve(import.meta.dirname, "../../..");
/** Where set-based work starts (beyond the mutations.ts files): bulk actions, merge undo, import jobs, erasure. */
const entryModules = [
  "lib/customers/bulk/run.ts",
  "lib/customers/bulk/undo.ts",
  "lib/customers/merge/undo.ts",
  "lib/imports/pipeline/run.ts",
  "lib/imports/pipeline/undo.ts",
  "lib/privacy/erasure.ts",
];
const mutationModules = (readdirSync(path.join(root, "lib"), { recursive: true }) as string[])
  .filter((file) => path.basename(file) === "mutations.ts")
  .map((file) => path.join("lib", file));

type Setup = Awaited<ReturnType<typeof makeOrgWithRoles>>;
/** Prepares what the mutation needs, then returns the call whose events are counted. */
type Scenario = (s: Setup) => Promise<() => Promise<unknown>>;

const customer = (ctx: Ctx) => createCustomer(ctx, { name: uniq("Customer ") });
const contactOf = async (ctx: Ctx) => createContact(ctx, (await customer(ctx)).id, contactInput());
const link = async (ctx: Ctx, kind: "aircraft" | "vehicle" = "aircraft") => {
  const asset = await makeAssetRow(ctx.orgId, { kind });
  return linkCustomer(ctx, { assetId: asset.id, customerId: (await customer(ctx)).id });
};
const workOrder = async (ctx: Ctx) => {
  const { id: serviceCenterId } = await makeServiceCenter(ctx.orgId);
  const { assetId } = await link(ctx);
  return createWorkOrder(ctx, { serviceCenterId, assetId });
};
const merged = async (ctx: Ctx) => {
  const [a, b] = [await customer(ctx), await customer(ctx)];
  return { survivorId: a.id, ...(await mergeCustomers(ctx, a.id, { from: [b.id] })) };
};
const bulkTagged = async (ctx: Ctx) => {
  const ids = [(await customer(ctx)).id, (await customer(ctx)).id];
  const outcome = await runBulkAction(ctx, { action: "addTags", params: { tags: ["events"] }, ids });
  if (!("result" in outcome)) throw new Error("expected an inline bulk action");
  return outcome.result;
};
const imported = (ctx: Ctx) =>
  importCsv(
    ctx,
    csv([
      ["Name", "Email"],
      [uniq("Imported "), `${uniq("i")}@example.test`],
    ]),
    { mode: "create" },
  );
const erasable = async (ctx: Ctx) => {
  const c = await customer(ctx);
  return { c, contact: await createContact(ctx, c.id, contactInput()) };
};
const reason = "Subject's erasure request";

const scenarios: Record<string, Scenario> = {
  createCustomer:
    async ({ staff }) =>
    () =>
      customer(staff),
  updateCustomer: async ({ staff }) => {
    const { id } = await customer(staff);
    return () => updateCustomer(staff, id, { notes: "Prefers mornings" });
  },
  archiveCustomer: async ({ manager }) => {
    const { id } = await customer(manager);
    return async () => archiveCustomer(manager, id);
  },
  restoreCustomer: async ({ manager }) => {
    const { id } = await customer(manager);
    await archiveCustomer(manager, id);
    return () => restoreCustomer(manager, id);
  },
  deleteCustomer: async ({ admin }) => {
    const { id } = await customer(admin);
    return async () => deleteCustomer(admin, id);
  },
  createContact: async ({ staff }) => {
    const { id } = await customer(staff);
    return () => createContact(staff, id, contactInput());
  },
  updateContact: async ({ staff }) => {
    const { id } = await contactOf(staff);
    return async () => updateContact(staff, id, { jobTitle: "Buyer" });
  },
  setPrimaryContact: async ({ staff }) => {
    const first = await contactOf(staff);
    const second = await createContact(staff, first.customerId, contactInput());
    return async () => setPrimaryContact(staff, second.id);
  },
  deleteContact: async ({ staff }) => {
    const { id } = await contactOf(staff);
    return async () => deleteContact(staff, id);
  },
  restoreContact: async ({ staff }) => {
    const { id } = await contactOf(staff);
    await deleteContact(staff, id);
    return () => restoreContact(staff, id);
  },
  logActivity: async ({ staff }) => {
    const { id } = await customer(staff);
    return async () => logActivity(staff, id, { type: "call", summary: "Called" });
  },
  revertChange: async ({ manager }) => {
    const { id } = await customer(manager);
    await updateCustomer(manager, id, { notes: "Changed" });
    const change = await db.activity.findFirstOrThrow({ where: { customerId: id, action: "updated" } });
    return async () => revertChange(manager, change.id);
  },
  linkCustomer:
    async ({ staff }) =>
    () =>
      link(staff, "vehicle"),
  updateLink: async ({ staff }) => {
    const { id } = await link(staff);
    return async () => updateLink(staff, id, { relationship: "operator" });
  },
  setPrimaryLink: async ({ staff }) => {
    const first = await link(staff);
    const second = await linkCustomer(staff, { assetId: first.assetId, customerId: (await customer(staff)).id });
    return async () => setPrimaryLink(staff, second.id);
  },
  unlinkCustomer: async ({ staff }) => {
    const { id } = await link(staff);
    return async () => unlinkCustomer(staff, id);
  },
  createWorkOrder:
    async ({ staff }) =>
    () =>
      workOrder(staff),
  updateWorkOrder: async ({ staff }) => {
    const { id } = await workOrder(staff);
    return async () => updateWorkOrder(staff, id, { status: "open" });
  },
  deleteWorkOrder: async ({ admin }) => {
    const { id } = await workOrder(admin);
    return async () => deleteWorkOrder(admin, id);
  },
  transferOwnership: async ({ org, manager }) => {
    const { id } = await customer(manager);
    const to = await makeUser(org.id, "staff");
    return async () =>
      transferOwnership(manager, id, {
        toUserId: to.id,
        reason: "Territory change",
      });
  },
  deleteTier: async ({ manager }) => {
    const tier = await createTier(manager, { name: uniq("Gold "), level: 1, discountPercent: "5" });
    await createCustomer(manager, { name: uniq("Tiered "), tierId: tier.id });
    return async () => deleteTier(manager, tier.id, { moveTo: null });
  },
  mergeCustomers: async ({ manager }) => {
    const [a, b] = [await customer(manager), await customer(manager)];
    return () => mergeCustomers(manager, a.id, { from: [b.id] });
  },
  runMergeRequest: async ({ manager }) => {
    const [a, b] = [await customer(manager), await customer(manager)];
    return async () => runMergeRequest(manager, a.id, { from: [b.id], dryRun: false });
  },
  undoMerge: async ({ manager }) => {
    const { survivorId, mergeId } = await merged(manager);
    return async () => undoMerge(manager, survivorId, mergeId);
  },
  runBulkAction:
    async ({ staff }) =>
    () =>
      bulkTagged(staff),
  undoBulkChange: async ({ staff }) => {
    const { undoId } = await bulkTagged(staff);
    return async () => undoBulkChange(staff, undoId!);
  },
  runImportJob:
    async ({ manager }) =>
    () =>
      imported(manager),
  runUndoJob: async ({ manager }) => {
    const { id } = await imported(manager);
    return async () => {
      await undoImport(manager, id);
      await runPendingJobs({ limit: 10 });
    };
  },
  eraseCustomer: async ({ admin }) => {
    const { c } = await erasable(admin);
    return async () => eraseCustomer(admin, c.id, { reason, confirm: c.name });
  },
  eraseContact: async ({ admin }) => {
    const { contact } = await erasable(admin);
    const confirm = `${contact.firstName} ${contact.lastName}`;
    return async () => eraseContact(admin, contact.id, { reason, confirm });
  },
  eraseCustomerAsSystem: async ({ org, admin }) => {
    const { c } = await erasable(admin);
    return async () => eraseCustomerAsSystem(org.id, c.id, { reason });
  },
};

/** Exports that change nothing an event is about (or only start work whose own entry point emits). */
const exempt: Record<string, string> = {
  createApiKeyWithSecret: "API keys are settings",
  createApiKey: "API keys are settings",
  revokeApiKey: "API keys are settings",
  createAsset: "assets themselves are not published; their links are",
  updateAsset: "assets themselves are not published; their links are",
  archiveAsset: "assets themselves are not published; their links are",
  restoreAsset: "assets themselves are not published; their links are",
  deleteAsset: "only an asset without links can be deleted",
  startDuplicateScan: "duplicate review is internal",
  queueScanAfterImport: "duplicate review is internal",
  dismissDuplicatePair: "duplicate review is internal",
  restoreDuplicatePair: "duplicate review is internal",
  startImport: "queues the import job: runImportJob emits",
  cancelImport: "stops the import job after its current batch",
  undoImport: "queues the undo job: runUndoJob emits",
  saveImportMapping: "saved mappings are settings",
  deleteImportMapping: "saved mappings are settings",
  discardDraftImport: "a draft import changed nothing yet",
  enqueueJob: "the job engine; each kind's handler emits",
  requestJobCancel: "the job engine",
  updateMyDisplayPrefs: "display preferences",
  adoptBrowserDisplayPrefs: "display preferences",
  updateOrgDisplayDefaults: "display preferences",
  createSavedView: "saved views",
  updateSavedView: "saved views",
  deleteSavedView: "saved views",
  createServiceCenter: "service centers are settings",
  updateServiceCenter: "service centers are settings",
  setServiceCenterActive: "service centers are settings",
  createTier: "a tier definition; assigning one is customer.updated",
  updateTier: "a tier definition; assigning one is customer.updated",
  addUser: "members",
  changeMemberRole: "members",
  removeMember: "members",
  inviteUser: "members",
  revokeInvitation: "members",
  createWebhookEndpoint: "webhook endpoints are settings",
  updateWebhookEndpoint: "webhook endpoints are settings",
  deleteWebhookEndpoint: "webhook endpoints are settings",
  sendTestWebhook: "a test delivery, not a change",
  replayWebhookDelivery: "re-sends an existing event",
  replayWebhookEventsSince: "re-sends existing events",
  planMerge: "a dry run",
  findEligibleOwner: "a read",
  markNotificationsRead: "a member's own inbox",
  saveNotificationPreferences: "a member's own notification settings",
  newUndoId: "a helper of runBulkAction",
  recordUndoRows: "a helper of runBulkAction (inside its transaction)",
};

const discovered = await Promise.all(
  [...mutationModules, ...entryModules].map(async (file) => {
    const exports = (await import(path.join(root, file))) as Record<string, unknown>;
    return Object.entries(exports)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => ({ name, file }));
  }),
).then((lists) => lists.flat());

describe("every mutation emits events", () => {
  it("finds the mutations by reading the modules, and each is covered or exempt", () => {
    expect(discovered.length).toBeGreaterThan(60);
    const uncovered = discovered.filter(({ name }) => !(name in scenarios) && !(name in exempt));
    expect(uncovered).toEqual([]);
    const stale = [...Object.keys(scenarios), ...Object.keys(exempt)].filter(
      (name) => !discovered.some((found) => found.name === name),
    );
    expect(stale).toEqual([]);
  });

  it.each(Object.entries(scenarios))("%s writes at least one event", async (_name, scenario) => {
    const setup = await makeOrgWithRoles();
    const mutate = await scenario(setup);
    const before = await db.event.count({ where: { organizationId: setup.org.id } });
    await mutate();
    expect(await db.event.count({ where: { organizationId: setup.org.id } })).toBeGreaterThan(before);
  });

  it("links of a vehicle also say customer.vehicle.added; an aircraft's do not", async () => {
    const { staff, org } = await makeOrgWithRoles();
    const vehicle = await link(staff, "vehicle");
    const aircraft = await link(staff, "aircraft");
    const types = async (customerId: string) =>
      (await db.event.findMany({ where: { organizationId: org.id }, orderBy: { seq: "asc" } }))
        .filter(
          (e) =>
            e.resourceId === customerId ||
            (e.payload as { data: { customerId?: string } }).data?.customerId === customerId,
        )
        .map((e) => e.type);
    expect(await types(vehicle.customerId)).toEqual(["customer.created", "asset.linked", "customer.vehicle.added"]);
    expect(await types(aircraft.customerId)).toEqual(["customer.created", "asset.linked"]);
  });

  it("writes nothing for a mutation that fails (a stale version)", async () => {
    const { staff, org } = await makeOrgWithRoles();
    const { id, version } = await customer(staff);
    await updateCustomer(staff, id, { notes: "First" });
    const before = await db.event.count({ where: { organizationId: org.id } });
    await expect(updateCustomer(staff, id, { notes: "Second" }, { expectedVersion: version })).rejects.toThrow();
    expect(await db.event.count({ where: { organizationId: org.id } })).toBe(before);
  });
});
