// A list screen asked for a page past the end reads the last page, so its rows and its pager agree
// (`?page=99999` used to show "No customers yet" under "Page 99999 of 9"); the REST API's own reads
// keep answering such a page empty.
import { describe, expect, it } from "vitest";
import { assetListCodecs } from "@/lib/assets/list-params";
import { listAssets } from "@/lib/assets/queries";
import { customerListCodec } from "@/lib/customers/list-params";
import { listCustomers } from "@/lib/customers/queries";
import { readUpToLastPage } from "@/lib/list-params";
import { memberListCodec } from "@/lib/users/list-params";
import { listMembers } from "@/lib/users/queries";
import { workOrderListCodec } from "@/lib/work-orders/list-params";
import { listWorkOrders } from "@/lib/work-orders/queries";
import { createWorkOrder } from "@/lib/work-orders/mutations";
import { importIssuesCodec } from "@/lib/imports/list-params";
import { listImportIssues } from "@/lib/imports/queries";
import {
  makeAssetRow,
  makeCustomer,
  makeImportWithErrors,
  makeOrgWithRoles,
  makeServiceCenter,
} from "@/tests/factories";

describe("readUpToLastPage", () => {
  it("reads the last page of customers, aircraft, work orders and members for a page past the end", async () => {
    const { org, ctx } = await makeOrgWithRoles();
    const manager = ctx.manager;
    for (let i = 0; i < 27; i += 1) await makeCustomer(manager);
    const [center, aircraft] = await Promise.all([makeServiceCenter(org.id), makeAssetRow(org.id)]);
    await makeAssetRow(org.id);
    await createWorkOrder(manager, { serviceCenterId: center.id, assetId: aircraft.id, withoutCustomer: true });

    const customers = await readUpToLastPage(
      (params) => listCustomers(manager, params),
      customerListCodec.parse({ page: "99999" }),
    );
    expect(customers).toMatchObject({ total: 27, pageCount: 2, page: 2 });
    expect(customers.rows).toHaveLength(2);

    const assets = await readUpToLastPage(
      (params) => listAssets(manager, params),
      assetListCodecs.aircraft.parse({ page: "99999" }),
    );
    expect(assets).toMatchObject({ total: 2, pageCount: 1, page: 1 });
    expect(assets.rows).toHaveLength(2);

    const workOrders = await readUpToLastPage(
      (params) => listWorkOrders(manager, params),
      workOrderListCodec.parse({ page: "99999" }),
    );
    expect(workOrders).toMatchObject({ total: 1, page: 1 });
    expect(workOrders.rows).toHaveLength(1);

    const members = await readUpToLastPage(
      (params) => listMembers(ctx.admin, params),
      memberListCodec.parse({ page: "99999" }),
    );
    expect(members.page).toBe(1);
    expect(members.rows.length).toBe(members.total);
  });

  it("reads the last page of an import's failed rows for ?errors= past the end", async () => {
    const { org, ctx } = await makeOrgWithRoles();
    const file = await makeImportWithErrors(org.id, 5);
    const errors = await readUpToLastPage(
      (params) => listImportIssues(ctx.manager, file.id, { severity: "error", perPage: 2, ...params }),
      importIssuesCodec.parse(new URLSearchParams("errors=99999")),
    );
    expect(errors).toMatchObject({ total: 5, pageCount: 3, page: 3 });
    expect(errors.rows.map((row) => row.rowNumber)).toEqual([6]);
  });

  it("leaves a page within the list, and an empty list's first page, as asked", async () => {
    const { ctx } = await makeOrgWithRoles();
    const empty = await readUpToLastPage(
      (params) => listCustomers(ctx.manager, params),
      customerListCodec.parse({ page: "3" }),
    );
    expect(empty).toMatchObject({ rows: [], total: 0, page: 1 });
    await makeCustomer(ctx.manager);
    const first = await readUpToLastPage((params) => listCustomers(ctx.manager, params), customerListCodec.parse({}));
    expect(first).toMatchObject({ total: 1, page: 1 });
  });
});
