// Subject access export (lib/privacy/export.ts): the request is recorded, a job builds the ZIP, and the ZIP
// holds every section as JSON and as spreadsheet-safe CSV; managers and up of the organization only.
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { getJob, runPendingJobs } from "@/lib/jobs";
import { jobDefinitions } from "@/lib/jobs/definitions";
import { updateCustomer } from "@/lib/customers/mutations";
import { eraseCustomer } from "@/lib/privacy/erasure";
import { getSubjectExport, requestCustomerExport } from "@/lib/privacy/export";
import { SUBJECT_EXPORT_JOB } from "@/lib/privacy/export-schemas";
import { makeCustomer, makeOrgWithOutsider, rejectionOf } from "@/tests/factories";
import { GET as downloadRoute } from "@/app/api/v1/customers/[id]/export/[exportId]/route";
import { GET as listRoute, POST as startRoute } from "@/app/api/v1/customers/[id]/export/route";
import { call, makeApiKey } from "@/tests/support/api";
import { makeDuplicates } from "../customer-merge/helpers";

const exportJobs = { [SUBJECT_EXPORT_JOB]: jobDefinitions[SUBJECT_EXPORT_JOB] };

/** Runs queued export jobs until this one has finished. */
async function finish(ctx: Ctx, jobId: string) {
  for (let round = 0; round < 20; round++) {
    const job = await getJob(ctx, jobId);
    if (job.status !== "queued" && job.status !== "running") return job;
    await runPendingJobs({ definitions: exportJobs, limit: 20 });
  }
  throw new Error("the export job did not finish");
}

function unzip(data: Uint8Array) {
  const files = unzipSync(data);
  const json = (name: string) => JSON.parse(strFromU8(files[`${name}.json`]!)) as Record<string, unknown>[];
  const csv = (name: string) => strFromU8(files[`${name}.csv`]!);
  return { names: Object.keys(files).sort(), json, csv };
}

describe("subject access export", () => {
  it("records the request, builds the ZIP in a job and holds every section as JSON and CSV", async () => {
    const s = await makeDuplicates();
    await updateCustomer(s.ctx, s.b.id, { notes: '=HYPERLINK("http://evil.test")', taxId: "DE123456789" });
    const consent = await db.consentChange.create({
      data: {
        organizationId: s.org.id,
        customerId: s.b.id,
        contactId: s.bPrimary.id,
        field: "marketingConsent",
        fromValue: "not_asked",
        toValue: "granted",
        source: "form",
        actorId: s.manager.userId,
      },
    });
    const job = await requestCustomerExport(s.manager, s.b.id);
    expect(job).toMatchObject({ kind: SUBJECT_EXPORT_JOB, status: "queued", params: { customerId: s.b.id } });
    const entry = await db.activity.findFirstOrThrow({ where: { customerId: s.b.id, action: "export_requested" } });
    expect(entry).toMatchObject({ actorId: s.manager.userId, summary: "Personal data export requested" });
    expect((await rejectionOf(getSubjectExport(s.manager, s.b.id, job.id))).code).toBe("CONFLICT");

    expect(await finish(s.manager, job.id)).toMatchObject({ status: "completed" });
    const file = await getSubjectExport(s.admin, s.b.id, job.id);
    expect(file.filename).toMatch(/^customer-ACC-[\w-]+-data-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = unzip(file.data);
    const sections = [
      "activity",
      "asset-links",
      "consents",
      "contacts",
      "customer",
      "erasures",
      "import-history",
      "merges",
      "ownership-history",
      "work-orders",
    ];
    expect(zip.names).toEqual(["manifest.json", ...sections.flatMap((name) => [`${name}.csv`, `${name}.json`])].sort());

    const [customer] = zip.json("customer");
    expect(customer).toMatchObject({ id: s.b.id, name: s.b.name, taxId: "DE123456789", phone: s.b.phone });
    expect(customer).not.toHaveProperty("searchText");
    expect(
      zip
        .json("contacts")
        .map((c) => c.id)
        .sort(),
    ).toEqual([s.bPrimary.id, s.bDuplicate.id].sort());
    expect(zip.json("work-orders")).toHaveLength(2);
    expect(zip.json("work-orders")[0]).toMatchObject({ customerSnapshot: { name: s.b.name } });
    expect(zip.json("asset-links")).toHaveLength(2);
    expect(zip.json("asset-links")[0]).toHaveProperty("asset.kind");
    expect(zip.json("ownership-history")).toHaveLength(1);
    expect(zip.json("consents")).toEqual([expect.objectContaining({ id: consent.id, toValue: "granted" })]);
    expect(zip.json("import-history")).toEqual([expect.objectContaining({ importId: s.importId, rowNumber: 2 })]);
    expect(zip.json("activity").map((a) => a.id)).toEqual(expect.arrayContaining([s.note.id, entry.id]));
    const manifest = JSON.parse(strFromU8(unzipSync(file.data)["manifest.json"]!)) as Record<string, unknown>;
    expect(manifest).toMatchObject({ customerId: s.b.id, exportId: job.id, counts: { contacts: 2, "work-orders": 2 } });

    // CSV: BOM, a header row, one line per record, and a formula neutralized.
    const customerCsv = zip.csv("customer");
    expect([...unzipSync(file.data)["customer.csv"]!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(customerCsv.startsWith("id,")).toBe(true);
    expect(customerCsv).toContain(`'=HYPERLINK(""http://evil.test"")`);
    expect(customerCsv).not.toMatch(/,"?=HYPERLINK/);
    expect(zip.csv("contacts").trimEnd().split("\r\n")).toHaveLength(3);
  });

  it("is for managers and up of the organization; erasure deletes the stored export", async () => {
    const { ctx, outsider } = await makeOrgWithOutsider();
    const customer = await makeCustomer(ctx.owner);
    for (const role of ["viewer", "staff"] as const) {
      expect((await rejectionOf(requestCustomerExport(ctx[role], customer.id))).code).toBe("FORBIDDEN");
    }
    expect((await rejectionOf(requestCustomerExport(outsider, customer.id))).code).toBe("NOT_FOUND");
    const job = await requestCustomerExport(ctx.manager, customer.id);
    await finish(ctx.manager, job.id);
    expect((await rejectionOf(getSubjectExport(ctx.staff, customer.id, job.id))).code).toBe("FORBIDDEN");
    expect((await rejectionOf(getSubjectExport(outsider, customer.id, job.id))).code).toBe("NOT_FOUND");
    const other = await makeCustomer(ctx.owner);
    expect((await rejectionOf(getSubjectExport(ctx.manager, other.id, job.id))).code).toBe("NOT_FOUND");

    await eraseCustomer(ctx.admin, customer.id, { reason: "Asked", confirm: customer.name });
    expect(await db.privacyExport.count({ where: { customerId: customer.id } })).toBe(0);
    expect((await rejectionOf(getSubjectExport(ctx.manager, customer.id, job.id))).code).toBe("NOT_FOUND");
  });

  it("over REST: POST starts it (202, the job), GET downloads the ZIP once the job completed", async () => {
    const { ctx } = await makeOrgWithOutsider();
    const customer = await makeCustomer(ctx.owner);
    const secret = await makeApiKey(ctx.owner.orgId, "manager");
    const started = await call(startRoute, "POST", `/api/v1/customers/${customer.id}/export`, {
      key: secret,
      params: { id: customer.id },
    });
    expect(started.status).toBe(202);
    const jobId = (started.json as { data: { id: string } }).data.id;
    expect(started.headers.get("location")).toBe(`/api/v1/jobs/${jobId}`);
    const url = `/api/v1/customers/${customer.id}/export/${jobId}`;
    const early = await call(downloadRoute, "GET", url, { key: secret, params: { id: customer.id, exportId: jobId } });
    expect(early.status).toBe(409);
    await finish(ctx.manager, jobId);
    const response = await downloadRoute(
      new Request(`http://localhost${url}`, { headers: { authorization: `Bearer ${secret}` } }),
      {
        params: Promise.resolve({ id: customer.id, exportId: jobId }),
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const zip = unzip(new Uint8Array(await response.arrayBuffer()));
    expect(zip.json("customer")[0]).toMatchObject({ id: customer.id, name: customer.name });
    const listed = await call(listRoute, "GET", `/api/v1/customers/${customer.id}/export`, {
      key: secret,
      params: { id: customer.id },
    });
    expect(listed.json).toEqual({
      data: [expect.objectContaining({ id: jobId, status: "completed", ready: true, byteSize: expect.any(Number) })],
    });
  });
});
