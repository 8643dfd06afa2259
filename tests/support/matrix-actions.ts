// What every exported server action needs (from lib/auth/permissions.ts) and a small valid input for
// it. The action matrix finds the actions itself (every "use server" file) and fails for one missing here.
import type { Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { uniq } from "@/tests/factories";
import type { Fixtures } from "./matrix-world";

export interface ActionCase {
  /** Shown in the test name when an action has several cases. */
  name?: string;
  /** Every permission the call needs; empty: any member. */
  needs: Permission[];
  input: (fx: Fixtures) => Promise<unknown>;
  jobKind?: string;
  /** The caller owns the customer the input names. */
  callerOwns?: boolean;
}

/** Actions the role builder does not guard (signed out, or the session itself), with the reason. */
interface Unguarded {
  unguarded: string;
}

type ActionEntry = ActionCase | ActionCase[] | Unguarded;

const mapping = [{ column: 0, header: "Name", target: "name" }];
const q = async () => ({ q: "" });
const customer = async (fx: Fixtures) => ({ id: await fx.id("customer") });
const asset = async (fx: Fixtures) => ({ id: await fx.id("asset") });
const pair = async (fx: Fixtures) => ({ customerIds: [await fx.id("customer"), await fx.id("duplicate")] });
const link = async (fx: Fixtures) => ({ linkId: await fx.id("link") });
const contact = async (fx: Fixtures) => ({ contactId: await fx.id("contact") });
const importFile = async (fx: Fixtures) => ({ id: await fx.id("import") });
const importRun = async (fx: Fixtures) => ({
  id: await fx.id("import"),
  mapping,
  mode: "create",
  matchOn: "accountNumber",
});
const registration = () => `N${Math.floor(10_000 + Math.random() * 89_999)}`;
const code = () =>
  uniq()
    .replace(/[^a-z0-9]/gi, "")
    .slice(0, 8)
    .toUpperCase()
    .padEnd(4, "X");

export const actionMatrix: Record<string, ActionEntry> = {
  "lib/activity/actions.ts#listActivityAction": {
    needs: ["activity:read"],
    input: async (fx) => ({ customerId: await fx.id("customer") }),
  },
  "lib/activity/actions.ts#logActivityAction": {
    needs: ["activity:create"],
    input: async (fx) => ({ customerId: await fx.id("customer"), type: "note", summary: "Matrix note" }),
  },
  "lib/activity/actions.ts#revertActivityAction": {
    needs: ["activity:revert"],
    input: async (fx) => ({ customerId: await fx.id("customer"), activityId: await fx.id("activity") }),
  },
  "lib/api-keys/actions.ts#createApiKeyAction": {
    needs: ["apiKey:manage"],
    input: async () => ({ name: uniq("Key "), role: "viewer" }),
  },
  "lib/api-keys/actions.ts#revokeApiKeyAction": {
    needs: ["apiKey:manage"],
    input: async (fx) => ({ id: await fx.id("apiKey") }),
  },
  "lib/webhooks/actions.ts#createWebhookEndpointAction": {
    needs: ["webhook:manage"],
    input: async () => ({ url: `https://${uniq("hooks-")}.invalid/new` }),
  },
  "lib/webhooks/actions.ts#setWebhookEndpointEnabledAction": {
    needs: ["webhook:manage"],
    input: async (fx) => ({ id: await fx.id("webhook"), enabled: false }),
  },
  "lib/webhooks/actions.ts#deleteWebhookEndpointAction": {
    needs: ["webhook:manage"],
    input: async (fx) => ({ id: await fx.id("webhook") }),
  },
  "lib/webhooks/actions.ts#sendTestWebhookAction": {
    needs: ["webhook:manage"],
    input: async (fx) => ({ id: await fx.id("webhook") }),
  },
  "lib/webhooks/actions.ts#replayWebhookDeliveryAction": {
    needs: ["webhook:manage"],
    input: async (fx) => {
      const deliveryId = await fx.id("webhookDelivery");
      const delivery = await db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
      return { id: delivery.endpointId, deliveryId };
    },
  },
  "lib/asset-links/actions.ts#linkCustomerAction": {
    needs: ["assetLink:manage"],
    input: async (fx) => ({ assetId: await fx.id("asset"), customerId: await fx.id("customer") }),
  },
  "lib/asset-links/actions.ts#updateLinkAction": {
    needs: ["assetLink:manage"],
    input: async (fx) => ({ ...(await link(fx)), notes: "Matrix" }),
  },
  "lib/asset-links/actions.ts#setPrimaryLinkAction": { needs: ["assetLink:manage"], input: link },
  "lib/asset-links/actions.ts#unlinkCustomerAction": { needs: ["assetLink:manage"], input: link },
  "lib/asset-links/actions.ts#searchCustomerOptionsAction": { needs: ["customer:read"], input: q },
  "lib/asset-links/actions.ts#searchAssetOptionsAction": { needs: ["asset:read"], input: q },
  "lib/assets/actions.ts#createAssetAction": {
    needs: ["asset:create"],
    input: async () => ({ kind: "vehicle", make: "Ford", model: "Transit" }),
  },
  "lib/assets/actions.ts#updateAssetAction": {
    needs: ["asset:update"],
    input: async (fx) => ({
      ...(await asset(fx)),
      version: 1,
      kind: "aircraft",
      registration: registration(),
      make: "Piper",
      model: "PA-28",
    }),
  },
  "lib/assets/actions.ts#archiveAssetAction": { needs: ["asset:archive"], input: asset },
  "lib/assets/actions.ts#restoreAssetAction": { needs: ["asset:restore"], input: asset },
  "lib/assets/actions.ts#deleteAssetAction": { needs: ["asset:delete"], input: asset },
  "lib/auth/actions.ts#signInAction": { unguarded: "signs in: runs signed out, throttled by lib/auth/login" },
  "lib/auth/actions.ts#signOutAction": { unguarded: "ends the caller's own session" },
  "lib/auth/actions.ts#switchOrganizationAction": {
    needs: [],
    input: async (fx) => ({ organizationId: await fx.id("organization") }),
  },
  "lib/contacts/actions.ts#createContactAction": {
    needs: ["contact:manage"],
    input: async (fx) => ({
      customerId: await fx.id("customer"),
      firstName: "Grace",
      lastName: "Matrix",
      email: `${uniq("m-")}@example.test`,
    }),
  },
  "lib/contacts/actions.ts#updateContactAction": {
    needs: ["contact:manage"],
    input: async (fx) => ({
      ...(await contact(fx)),
      version: 1,
      firstName: "Ada",
      lastName: "Matrix",
      email: `${uniq("u-")}@example.test`,
    }),
  },
  "lib/contacts/actions.ts#setPrimaryContactAction": { needs: ["contact:manage"], input: contact },
  "lib/contacts/actions.ts#deleteContactAction": { needs: ["contact:manage"], input: contact },
  "lib/contacts/actions.ts#restoreContactAction": { needs: ["contact:manage"], input: contact },
  "lib/privacy/export-actions.ts#startCustomerExportAction": {
    needs: ["privacy:export"],
    input: async (fx) => ({ customerId: await fx.id("customer") }),
  },
  "lib/privacy/erasure-actions.ts#eraseCustomerAction": {
    needs: ["privacy:erase"],
    input: async (fx) => {
      const customerId = await fx.id("customer");
      const { name } = await db.customer.findUniqueOrThrow({ where: { id: customerId } });
      return { customerId, reason: "Matrix: the person asked", confirm: name };
    },
  },
  "lib/privacy/erasure-actions.ts#eraseContactAction": {
    needs: ["privacy:erase"],
    input: async (fx) => {
      const contactId = await fx.id("contact");
      const { email } = await db.contact.findUniqueOrThrow({ where: { id: contactId } });
      return { contactId, reason: "Matrix: the person asked", confirm: email };
    },
  },
  "lib/customers/actions.ts#createCustomerAction": {
    needs: ["customer:create"],
    input: async () => ({ kind: "company", name: uniq("Matrix Co ") }),
  },
  "lib/customers/actions.ts#updateCustomerAction": {
    needs: ["customer:update"],
    input: async (fx) => ({ ...(await customer(fx)), version: 1, city: "Reno" }),
  },
  "lib/customers/actions.ts#archiveCustomerAction": { needs: ["customer:archive"], input: customer },
  "lib/customers/actions.ts#describePrimaryLossAction": { needs: ["customer:archive"], input: customer },
  "lib/customers/actions.ts#restoreCustomerAction": { needs: ["customer:restore"], input: customer },
  "lib/customers/actions.ts#deleteCustomerAction": { needs: ["customer:delete"], input: customer },
  "lib/duplicates/actions.ts#findDuplicatesAction": {
    needs: ["customer:read"],
    input: async (fx) => ({ name: "Matrix Co", city: "Reno", excludeId: await fx.id("customer") }),
  },
  "lib/duplicates/actions.ts#previewFillEmptyFieldsAction": {
    needs: ["customer:update"],
    input: async (fx) => ({ ...(await customer(fx)), region: "NV" }),
  },
  "lib/duplicates/actions.ts#fillEmptyFieldsAction": {
    needs: ["customer:update"],
    input: async (fx) => ({ ...(await customer(fx)), version: 1, region: "NV" }),
  },
  "lib/customers/merge/actions.ts#mergeCustomersAction": {
    needs: ["customer:merge"],
    input: async (fx) => ({ survivorId: await fx.id("customer"), from: [await fx.id("duplicate")] }),
  },
  "lib/customers/merge/actions.ts#undoMergeAction": {
    needs: ["customer:merge"],
    input: async (fx) => ({ survivorId: await fx.id("customer"), mergeId: await fx.id("merge") }),
  },
  "lib/customers/bulk/actions.ts#runBulkCustomersAction": [
    {
      needs: ["customer:bulk"],
      input: async (fx) => ({ action: "addTags", params: { tags: ["matrix"] }, ids: [await fx.id("customer")] }),
    },
    {
      name: "archive",
      needs: ["customer:bulk", "customer:archive"],
      input: async (fx) => ({ action: "archive", ids: [await fx.id("customer")] }),
    },
  ],
  "lib/customers/bulk/actions.ts#undoBulkChangeAction": {
    needs: ["customer:bulk", "customer:update"],
    input: async (fx) => ({ id: await fx.id("bulkChange") }),
  },
  "lib/duplicate-pairs/actions.ts#startDuplicateScanAction": { needs: ["duplicate:review"], input: async () => ({}) },
  "lib/duplicate-pairs/actions.ts#dismissDuplicatePairAction": { needs: ["duplicate:review"], input: pair },
  "lib/duplicate-pairs/actions.ts#restoreDuplicatePairAction": { needs: ["duplicate:review"], input: pair },
  "lib/jobs/actions.ts#getJobAction": { needs: [], input: async (fx) => ({ id: await fx.id("job") }) },
  "lib/jobs/actions.ts#cancelJobAction": [
    {
      name: "a bulk job",
      jobKind: "customer_bulk",
      needs: ["customer:bulk"],
      input: async (fx) => ({ id: await fx.id("job") }),
    },
    {
      name: "an import job",
      jobKind: "customer_import",
      needs: ["customer:import"],
      input: async (fx) => ({ id: await fx.id("job") }),
    },
  ],
  "lib/customers/bulk/actions.ts#listOwnerOptionsAction": { needs: ["customer:read"], input: async () => ({}) },
  "lib/customers/ownership/actions.ts#transferOwnershipAction": [
    {
      name: "someone else's customer",
      needs: ["customer:update", "customer:transferAny"],
      input: async (fx) => ({ id: await fx.id("customer"), toUserId: await fx.id("user"), reason: "Matrix transfer" }),
    },
    {
      name: "the caller's own customer",
      callerOwns: true,
      needs: ["customer:update"],
      input: async (fx) => ({ id: await fx.id("customer"), toUserId: await fx.id("user"), reason: "Matrix transfer" }),
    },
  ],
  "lib/imports/actions.ts#startImportAction": { needs: ["customer:import"], input: importRun },
  "lib/imports/actions.ts#getImportAction": { needs: ["customer:import"], input: importFile },
  "lib/imports/actions.ts#cancelImportAction": { needs: ["customer:import"], input: importFile },
  "lib/imports/actions.ts#undoImportAction": { needs: ["customer:import"], input: importFile },
  "lib/imports/actions.ts#saveImportMappingAction": {
    needs: ["customer:import"],
    input: async () => ({ name: uniq("Mapping "), mapping }),
  },
  "lib/imports/actions.ts#deleteImportMappingAction": {
    needs: ["customer:import"],
    input: async (fx) => ({ id: await fx.id("importMapping") }),
  },
  "lib/imports/wizard-actions.ts#previewImportAction": { needs: ["customer:import"], input: importRun },
  "lib/imports/wizard-actions.ts#describeImportReadingsAction": { needs: ["customer:import"], input: importRun },
  "lib/saved-views/actions.ts#createSavedViewAction": [
    { needs: ["savedView:manage"], input: async () => ({ resource: "customers", name: uniq("View ") }) },
    {
      name: "shared",
      needs: ["savedView:manage", "savedView:share"],
      input: async () => ({ resource: "customers", name: uniq("View "), shared: true }),
    },
  ],
  "lib/notifications/actions.ts#markNotificationsReadAction": {
    needs: [],
    input: async () => ({ all: true }),
  },
  "lib/notifications/actions.ts#saveNotificationPreferencesAction": {
    needs: [],
    input: async () =>
      Object.fromEntries(
        ["customer_activity", "customer_updated", "ownership_transferred", "job_finished", "webhook_disabled"].map(
          (kind) => [kind, { inApp: true, email: false }],
        ),
      ),
  },
  "lib/preferences/actions.ts#updateMyDisplayPrefsAction": {
    needs: [],
    input: async () => ({ timeZone: "Europe/Berlin", locale: "de-DE" }),
  },
  "lib/preferences/actions.ts#adoptBrowserDisplayPrefsAction": {
    needs: [],
    input: async () => ({ timeZone: "America/Chicago", locale: "en-US" }),
  },
  "lib/preferences/actions.ts#updateOrgDisplayDefaultsAction": {
    needs: ["organization:manage"],
    input: async () => ({ timeZone: "Europe/Berlin", locale: "de-DE" }),
  },
  "lib/privacy/actions.ts#updateVisibilitySettingsAction": {
    needs: ["organization:manage"],
    input: async () => ({ visibilityMode: "everyone" }),
  },
  "lib/privacy/share-actions.ts#shareCustomerAction": [
    {
      name: "someone else's customer",
      needs: ["customer:update", "customer:shareAny"],
      input: async (fx) => ({ customerId: await fx.id("customer"), userId: await fx.id("user") }),
    },
    {
      name: "the caller's own customer",
      callerOwns: true,
      needs: ["customer:update"],
      input: async (fx) => ({ customerId: await fx.id("customer"), serviceCenterId: await fx.id("serviceCenter") }),
    },
  ],
  "lib/privacy/share-actions.ts#removeCustomerShareAction": [
    {
      name: "someone else's customer",
      needs: ["customer:update", "customer:shareAny"],
      input: async (fx) => ({ customerId: await fx.id("customer"), shareId: await fx.id("share") }),
    },
    {
      name: "the caller's own customer",
      callerOwns: true,
      needs: ["customer:update"],
      input: async (fx) => ({ customerId: await fx.id("customer"), shareId: await fx.id("share") }),
    },
  ],
  "lib/service-centers/actions.ts#setServiceCenterMembersAction": {
    needs: ["serviceCenter:manage"],
    input: async (fx) => ({ id: await fx.id("serviceCenter"), userIds: [await fx.id("user")] }),
  },
  "lib/privacy/actions.ts#updatePrivacySettingsAction": {
    needs: ["organization:manage"],
    input: async () => ({
      retentionArchivedCustomerMonths: 24,
      retentionActivityMonths: null,
      retentionImportDays: 30,
      workOrderLegalHold: false,
    }),
  },
  "lib/live/actions.ts#heartbeatPresenceAction": {
    needs: ["customer:read"],
    input: async (fx) => ({ resource: `customer:${await fx.id("customer")}`, mode: "viewing" }),
  },
  "lib/live/actions.ts#leavePresenceAction": {
    needs: ["customer:read"],
    input: async (fx) => ({ resource: `customer:${await fx.id("customer")}` }),
  },
  "lib/saved-views/actions.ts#updateSavedViewAction": [
    { needs: ["savedView:manage"], input: async (fx) => ({ id: await fx.id("savedView"), name: uniq("View ") }) },
    {
      name: "shared",
      needs: ["savedView:manage", "savedView:share"],
      input: async (fx) => ({ id: await fx.id("savedView"), shared: true }),
    },
  ],
  "lib/saved-views/actions.ts#deleteSavedViewAction": {
    needs: ["savedView:manage"],
    input: async (fx) => ({ id: await fx.id("savedView") }),
  },
  "lib/search/actions.ts#globalSearchAction": {
    needs: [],
    // Names no record; the other organization's "Matrix Customer …" names and ids must not come back.
    input: async () => ({ q: "Matrix Customer" }),
  },
  "lib/service-centers/actions.ts#createServiceCenterAction": {
    needs: ["serviceCenter:manage"],
    input: async () => ({ name: uniq("Center "), code: code() }),
  },
  "lib/service-centers/actions.ts#updateServiceCenterAction": {
    needs: ["serviceCenter:manage"],
    input: async (fx) => ({ id: await fx.id("serviceCenter"), version: 1, name: uniq("Center "), code: code() }),
  },
  "lib/service-centers/actions.ts#setServiceCenterActiveAction": {
    needs: ["serviceCenter:manage"],
    input: async (fx) => ({ id: await fx.id("serviceCenter"), active: false }),
  },
  "lib/tiers/actions.ts#createTierAction": {
    needs: ["tier:manage"],
    input: async () => ({
      name: uniq("Tier "),
      level: String(1 + Math.floor(Math.random() * 1000)),
      discountPercent: "5",
    }),
  },
  "lib/tiers/actions.ts#updateTierAction": {
    needs: ["tier:manage"],
    input: async (fx) => ({
      id: await fx.id("tier"),
      version: 1,
      name: uniq("Tier "),
      level: String(1 + Math.floor(Math.random() * 1000)),
      discountPercent: "5",
    }),
  },
  "lib/tiers/actions.ts#deleteTierAction": {
    needs: ["tier:manage"],
    input: async (fx) => ({ id: await fx.id("tier") }),
  },
  "lib/users/actions.ts#addUserAction": {
    needs: ["user:manage"],
    input: async () => ({
      name: "New Hire",
      email: `${uniq("hire-")}@example.test`,
      role: "staff",
      password: "correct-horse-battery",
    }),
  },
  "lib/users/actions.ts#inviteUserAction": {
    needs: ["user:manage"],
    input: async () => ({ email: `${uniq("invite-")}@example.test`, role: "staff" }),
  },
  "lib/users/actions.ts#revokeInvitationAction": {
    needs: ["user:manage"],
    input: async (fx) => ({ invitationId: await fx.id("invitation") }),
  },
  "lib/users/actions.ts#changeMemberRoleAction": {
    needs: ["user:manage"],
    input: async (fx) => ({ memberId: await fx.id("member"), role: "manager" }),
  },
  "lib/users/actions.ts#removeMemberAction": {
    needs: ["user:manage"],
    input: async (fx) => ({ memberId: await fx.id("member") }),
  },
  "lib/users/actions.ts#acceptInvitationAction": {
    unguarded: "the invitee accepts: proves who they are itself (session, password or a new account)",
  },
  "lib/work-orders/actions.ts#createWorkOrderAction": {
    needs: ["workOrder:create"],
    input: async (fx) => ({
      serviceCenterId: await fx.id("serviceCenter"),
      assetId: await fx.id("asset"),
      withoutCustomer: true,
    }),
  },
  "lib/work-orders/actions.ts#updateWorkOrderAction": {
    needs: ["workOrder:update"],
    input: async (fx) => ({ id: await fx.id("workOrder"), version: 1, priority: "high" }),
  },
  "lib/work-orders/actions.ts#searchWorkOrderAssetsAction": { needs: ["asset:read"], input: q },
  "lib/work-orders/actions.ts#loadWorkOrderAssetAction": {
    needs: ["asset:read"],
    input: async (fx) => ({ assetId: await fx.id("asset") }),
  },
};
