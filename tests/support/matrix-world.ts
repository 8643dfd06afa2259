// An organization with a member, an API key and a browser session of every key role, and records of
// every kind, created on demand: the tenancy and role matrices run every operation against two of these.
import { runBulkAction } from "@/lib/customers/bulk/run";
import { randomUUID } from "node:crypto";
import { createApiKeyWithSecret } from "@/lib/api-keys/mutations";
import { apiKeyRoles, type ApiKeyRole } from "@/lib/api-keys/schemas";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { createContact } from "@/lib/contacts/mutations";
import { mergeCustomers } from "@/lib/customers/merge/mutations";
import { requestCustomerExport } from "@/lib/privacy/export";
import { shareCustomer } from "@/lib/privacy/shares";
import { createCustomer, updateCustomer } from "@/lib/customers/mutations";
import { db } from "@/lib/db";
import { pairKey } from "@/lib/duplicate-pairs/schemas";
import { IMPORT_JOB } from "@/lib/imports/jobs";
import { createImportFromUpload } from "@/lib/imports/upload";
import { createSavedView } from "@/lib/saved-views/mutations";
import { createTier } from "@/lib/tiers/mutations";
import { createWorkOrder } from "@/lib/work-orders/mutations";
import { createWebhookEndpoint } from "@/lib/webhooks/mutations";
import { makeSessionCookie } from "@/tests/support/api";
import { ctxFor, makeAssetLinkRow, makeAssetRow, makeOrg, makeServiceCenter, makeUser, uniq } from "@/tests/factories";

export const matrixRoles = apiKeyRoles;
type MatrixRole = ApiKeyRole;

/** Every kind of record a path parameter or an input can name. */
export type RecordKind =
  | "customer"
  /** A second customer of the organization (to merge into the first). */
  | "duplicate"
  /** A merge of the duplicate into the customer. */
  | "merge"
  /** A subject access export of the customer (its job queued). */
  | "subjectExport"
  /** A share of the customer with a service center. */
  | "share"
  /** The customer and the duplicate as a possible-duplicate pair's key ("<id>,<id>"). */
  | "duplicatePair"
  | "contact"
  | "activity"
  | "asset"
  | "link"
  | "workOrder"
  | "serviceCenter"
  | "tier"
  | "savedView"
  | "import"
  | "job"
  | "bulkChange"
  | "user"
  | "organization"
  | "apiKey"
  | "importMapping"
  | "invitation"
  | "member"
  | "webhook"
  | "webhookDelivery";

export interface Member {
  role: Role;
  userId: string;
  ctx: Ctx;
  key: string;
  /** `Cookie` header value of a signed-in browser session in this organization, and that session's id. */
  cookie: string;
  sessionId: string;
}

export interface World {
  orgId: string;
  admin: Ctx;
  members: Record<MatrixRole, Member>;
  /** The organization's owner: a session, no API key (keys never act as owner). */
  owner: Member;
  /** Every id and name made for this organization: none may show up in another organization's answers. */
  secrets: Set<string>;
}

async function makeMember(orgId: string, role: Role): Promise<Member> {
  const user = await makeUser(orgId, role);
  const [key, session] = await Promise.all([
    role === "owner"
      ? ""
      : createApiKeyWithSecret(db, { orgId, name: `matrix-${role}`, role, createdById: user.id }).then((k) => k.key),
    makeSessionCookie(user.id, orgId),
  ]);
  return { role, userId: user.id, ctx: ctxFor(orgId, user.id, role), key, ...session };
}

export async function makeWorld(): Promise<World> {
  const org = await makeOrg();
  const [owner, ...keyed] = await Promise.all(
    (["owner", ...matrixRoles] as const).map((role) => makeMember(org.id, role)),
  );
  const members = Object.fromEntries(keyed.map((member) => [member.role, member])) as Record<MatrixRole, Member>;
  const secrets = new Set([org.id, owner!.userId, ...keyed.map((m) => m.userId)]);
  return { orgId: org.id, admin: members.admin.ctx, members, owner: owner!, secrets };
}

async function* oneChunk(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

interface FixtureOptions {
  /** Who the call is made as: the job is theirs, and the customer too when `callerOwns`. */
  caller?: Member;
  jobKind?: string;
  callerOwns?: boolean;
}

/**
 * Records for one call, made on first use and consistent with each other (the contact, activity and
 * link belong to the customer; the link to the asset), so a call that changes or deletes them never
 * disturbs another call.
 */
export class Fixtures {
  private readonly made = new Map<RecordKind, Promise<string>>();

  constructor(
    readonly world: World,
    readonly options: FixtureOptions = {},
  ) {}

  id(kind: RecordKind): Promise<string> {
    let id = this.made.get(kind);
    if (!id) {
      id = this.make(kind).then((made) => {
        this.world.secrets.add(made);
        return made;
      });
      this.made.set(kind, id);
    }
    return id;
  }

  /** True while no record was asked for (the call names none of this organization's ids). */
  usedNone(): boolean {
    return this.made.size === 0;
  }

  private get admin() {
    return this.world.admin;
  }

  private async make(kind: RecordKind): Promise<string> {
    const { orgId } = this.world;
    const caller = this.options.caller;
    switch (kind) {
      case "customer": {
        const name = uniq("Matrix Customer ");
        this.world.secrets.add(name);
        const customer = await createCustomer(this.admin, {
          kind: "company",
          name,
          email: `${uniq("c-")}@example.test`,
        });
        const ownerId = this.options.callerOwns && caller ? caller.userId : null;
        await db.customer.update({ where: { id: customer.id }, data: { ownerId } });
        return customer.id;
      }
      case "duplicate":
        return (await createCustomer(this.admin, { kind: "company", name: uniq("Matrix Duplicate ") })).id;
      case "merge": {
        const [survivorId, duplicateId] = await Promise.all([this.id("customer"), this.id("duplicate")]);
        return (await mergeCustomers(this.admin, survivorId, { from: [duplicateId] })).mergeId;
      }
      case "subjectExport":
        return (await requestCustomerExport(this.admin, await this.id("customer"))).id;
      case "share": {
        const [customerId, serviceCenterId] = await Promise.all([this.id("customer"), this.id("serviceCenter")]);
        return (await shareCustomer(this.admin, customerId, { serviceCenterId })).id;
      }
      case "duplicatePair": {
        const [customerId, duplicateId] = await Promise.all([this.id("customer"), this.id("duplicate")]);
        return pairKey(customerId, duplicateId);
      }
      case "contact": {
        const customerId = await this.id("customer");
        const contact = await createContact(this.admin, customerId, {
          firstName: "Ada",
          lastName: "Matrix",
          email: `${uniq("ct-")}@example.test`,
        });
        return contact.id;
      }
      case "activity": {
        const customerId = await this.id("customer");
        await updateCustomer(this.admin, customerId, { city: uniq("City ") });
        const change = await db.activity.findFirstOrThrow({
          where: { organizationId: orgId, customerId, changes: { not: { equals: null } } },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        });
        return change.id;
      }
      case "asset":
        return (await makeAssetRow(orgId)).id;
      case "link":
        return (await makeAssetLinkRow(orgId, await this.id("asset"), await this.id("customer"))).id;
      case "serviceCenter":
        return (await makeServiceCenter(orgId)).id;
      case "workOrder": {
        const [serviceCenterId, assetId] = await Promise.all([this.id("serviceCenter"), this.id("asset")]);
        return (await createWorkOrder(this.admin, { serviceCenterId, assetId, withoutCustomer: true })).id;
      }
      case "tier": {
        const level = 1 + Math.floor(Math.random() * 1000);
        return (await createTier(this.admin, { name: uniq("Tier "), level, discountPercent: "5" })).id;
      }
      case "savedView":
        return (
          await createSavedView((caller ?? this.world.members.admin).ctx, {
            resource: "customers",
            name: uniq("View "),
          })
        ).id;
      case "job":
        return (await this.makeJob(this.options.jobKind ?? "customer_bulk")).id;
      case "bulkChange": {
        const ids = [await this.id("customer")];
        const outcome = await runBulkAction(this.admin, { action: "setStatus", params: { status: "inactive" }, ids });
        if (!("result" in outcome) || !outcome.result.undoId) throw new Error("expected an undoable bulk change");
        return outcome.result.undoId;
      }
      case "import": {
        // A real upload, started (its job running), so every import operation has something to act on.
        const [file, job] = await Promise.all([
          createImportFromUpload(this.admin, oneChunk("Name,City\r\nMatrix Air,Reno\r\n"), {
            filename: "matrix.csv",
            contentType: "text/csv",
          }),
          this.makeJob(IMPORT_JOB),
        ]);
        await db.customerImport.update({ where: { id: file.id }, data: { jobId: job.id } });
        return file.id;
      }
      case "user": {
        // Someone other than the caller (a transfer to the current owner is refused).
        const { admin, manager } = this.world.members;
        return (caller?.role === "admin" ? manager : admin).userId;
      }
      case "organization":
        return orgId;
      case "apiKey":
        return (
          await createApiKeyWithSecret(db, {
            orgId,
            name: uniq("key "),
            role: "viewer",
            createdById: this.admin.userId,
          })
        ).id;
      case "webhook":
        // A host that does not resolve: a test event fails at once, no request leaves the machine.
        return (await createWebhookEndpoint(this.admin, { url: `https://${uniq("hooks-")}.invalid/matrix` })).endpoint
          .id;
      case "webhookDelivery": {
        const endpointId = await this.id("webhook");
        const delivery = await db.webhookDelivery.create({
          data: {
            organizationId: orgId,
            endpointId,
            eventId: randomUUID(),
            eventType: "customer.updated",
            status: "failed",
          },
        });
        return delivery.id;
      }
      case "importMapping":
        return (await db.importMapping.create({ data: { organizationId: orgId, name: uniq("Mapping "), mapping: [] } }))
          .id;
      case "invitation": {
        const invitation = await db.invitation.create({
          data: {
            id: randomUUID(),
            organizationId: orgId,
            email: `${uniq("invitee-")}@example.test`,
            role: "staff",
            expiresAt: new Date(Date.now() + 86_400_000),
            inviterId: this.world.members.admin.userId,
          },
        });
        return invitation.id;
      }
      case "member": {
        const user = await makeUser(orgId, "staff");
        return (await db.member.findFirstOrThrow({ where: { organizationId: orgId, userId: user.id } })).id;
      }
    }
  }

  /** A running job whose lease no worker can take over: cancelling only flags it. */
  private makeJob(kind: string) {
    const createdById = (this.options.caller ?? this.world.members.admin).userId;
    return db.job.create({
      data: {
        organizationId: this.world.orgId,
        kind,
        params: {},
        status: "running",
        leaseOwner: "matrix-test",
        leaseExpiresAt: new Date(Date.now() + 24 * 3_600_000),
        createdById,
      },
    });
  }
}

/** Runs the calls a few at a time: enough to overlap database round trips, few enough for the connection pool. */
export async function inBatches(tasks: (() => Promise<void>)[], size = 6): Promise<void> {
  const queue = [...tasks];
  const worker = async () => {
    for (let task = queue.shift(); task; task = queue.shift()) await task();
  };
  await Promise.all(Array.from({ length: Math.min(size, queue.length) }, worker));
}
