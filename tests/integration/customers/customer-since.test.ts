// "Customer since": a calendar date through the data layer, the timeline (diffs and reverts), REST and the export.
import { afterEach, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/customers/route";
import * as item from "@/app/api/v1/customers/[id]/route";
import { revertChange } from "@/lib/activity/mutations";
import { createCustomer, updateCustomer } from "@/lib/customers/mutations";
import { getCustomer, listCustomers } from "@/lib/customers/queries";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { db } from "@/lib/db";
import { fieldErrorsOf, makeCustomer, makeOrgWithRoles, rejectionOf, uniq } from "@/tests/factories";
import { call, makeApiKey } from "../../support/api";
import { timelineOf } from "../activity/helpers";
import { columnOf, exportCsv, exportXlsx } from "../customer-export/helpers";

const { ctx, staff } = await makeOrgWithRoles();
const key = await makeApiKey(staff.orgId, "admin");
const zone = process.env.TZ;

afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const sinceOf = async (id: string) =>
  (await db.customer.findUniqueOrThrow({ where: { id } })).customerSince?.toISOString() ?? null;

describe("customer since in the data layer", () => {
  it("stores the day at UTC midnight and reads it back as the same day", async () => {
    const customer = await createCustomer(staff, { name: uniq("Since "), customerSince: "2019-04-01" });
    expect(customer.customerSince?.toISOString()).toBe("2019-04-01T00:00:00.000Z");
    expect((await getCustomer(ctx.viewer, customer.id)).customerSince?.toISOString()).toBe("2019-04-01T00:00:00.000Z");
  });

  it("is the same day whatever the server's time zone", async () => {
    for (const tz of ["Pacific/Kiritimati", "America/Los_Angeles", "Pacific/Pago_Pago"]) {
      process.env.TZ = tz;
      const customer = await createCustomer(staff, { name: uniq("Zone "), customerSince: "2020-01-01" });
      expect(customer.customerSince?.toISOString()).toBe("2020-01-01T00:00:00.000Z");
      expect(await sinceOf(customer.id)).toBe("2020-01-01T00:00:00.000Z");
      const [row] = await db.$queryRaw<{ since: string }[]>`
        SELECT customer_since::text AS since FROM customer WHERE id = ${customer.id}::uuid`;
      expect(row?.since).toBe("2020-01-01");
    }
  });

  it("refuses dates that are not real, too early or in the future, on the field", async () => {
    const cases: [string, string][] = [
      ["01.03.2026", "Enter a date such as 2019-04-01 (year-month-day)"],
      ["2019-02-30", "2019-02-30 is not a day on the calendar"],
      ["1899-12-31", "Customer since must be 1900-01-01 or later"],
      ["2999-01-01", "Customer since cannot be in the future"],
    ];
    for (const [customerSince, message] of cases) {
      expect(await fieldErrorsOf(createCustomer(staff, { name: "Bad date", customerSince }))).toEqual({
        customerSince: [message],
      });
    }
    const customer = await makeCustomer(staff, { customerSince: "2019-04-01" });
    expect(await fieldErrorsOf(updateCustomer(staff, customer.id, { customerSince: "2019-13-01" }))).toEqual({
      customerSince: ["2019-13-01 is not a day on the calendar"],
    });
    expect(await sinceOf(customer.id)).toBe("2019-04-01T00:00:00.000Z");
  });

  it("records set and cleared as YYYY-MM-DD, and an update that keeps it records no change to it", async () => {
    const customer = await makeCustomer(staff, { city: "Austin" });
    await updateCustomer(staff, customer.id, { customerSince: "2019-04-01" });
    let [entry] = await timelineOf(customer.id);
    expect(entry?.changes).toEqual({ customerSince: { from: null, to: "2019-04-01" } });

    // The stored Date merged with the patch and the same day sent again are no change.
    await updateCustomer(staff, customer.id, { city: "Dallas" });
    [entry] = await timelineOf(customer.id);
    expect(entry?.changes).toEqual({ city: { from: "Austin", to: "Dallas" } });
    const before = await timelineOf(customer.id);
    const same = await updateCustomer(staff, customer.id, { customerSince: "2019-04-01" });
    expect(same.version).toBe(4);
    expect(await timelineOf(customer.id)).toHaveLength(before.length);

    await updateCustomer(staff, customer.id, { customerSince: "" });
    [entry] = await timelineOf(customer.id);
    expect(entry?.changes).toEqual({ customerSince: { from: "2019-04-01", to: null } });
    expect(await sinceOf(customer.id)).toBeNull();
  });

  it("reverts a change to it, and refuses when it was changed again since", async () => {
    const customer = await makeCustomer(staff, { customerSince: "2015-06-30" });
    await updateCustomer(staff, customer.id, { customerSince: "2016-07-01" });
    const [change] = await timelineOf(customer.id);
    const revert = await revertChange(ctx.manager, change!.id);
    expect(revert.changes).toEqual({ customerSince: { from: "2016-07-01", to: "2015-06-30" } });
    expect(await sinceOf(customer.id)).toBe("2015-06-30T00:00:00.000Z");

    await updateCustomer(staff, customer.id, { customerSince: "2017-01-01" });
    const [again] = await timelineOf(customer.id);
    await updateCustomer(staff, customer.id, { customerSince: "2018-01-01" });
    expect((await rejectionOf(revertChange(ctx.manager, again!.id))).code).toBe("CONFLICT");
  });
});

describe("customer since over REST", () => {
  const create = (body: unknown) => call(collection.POST, "POST", "/api/v1/customers", { key, body });
  const patch = (id: string, body: unknown) =>
    call(item.PATCH, "PATCH", `/api/v1/customers/${id}`, { key, params: { id }, body });

  it("answers YYYY-MM-DD or null, and accepts it on create and update", async () => {
    const created = await create({ name: uniq("Rest "), customerSince: "2019-04-01" });
    expect(created.status).toBe(201);
    expect(created.json.data.customerSince).toBe("2019-04-01");
    const id = created.json.data.id as string;
    expect((await patch(id, { customerSince: "2020-02-29" })).json.data.customerSince).toBe("2020-02-29");
    expect((await patch(id, { customerSince: null })).json.data.customerSince).toBeNull();
    const plain = await create({ name: uniq("Rest ") });
    expect(plain.json.data.customerSince).toBeNull();
  });

  it("refuses timestamps, numbers and impossible days with 422 and the field", async () => {
    for (const customerSince of ["2019-04-01T00:00:00Z", 20190401, "2019-02-29", "1/3/2026"]) {
      const res = await create({ name: "Bad", customerSince });
      expect(res.status).toBe(422);
      expect(res.json.error.details.customerSince).toHaveLength(1);
    }
    const created = await create({ name: uniq("Rest ") });
    const res = await patch(created.json.data.id, { customerSince: "2999-12-31" });
    expect(res.status).toBe(422);
    expect(res.json.error.details).toEqual({ customerSince: ["Customer since cannot be in the future"] });
  });
});

describe("customer since in the list and the export", () => {
  it("sorts by it both ways (customers without one after, or first descending), in pages and in export batches", async () => {
    const { staff: lister } = await makeOrgWithRoles();
    const tag = uniq("sort-");
    const days = ["2010-05-05", null, "2001-01-01", "2010-05-05", null, "1999-12-31"];
    for (const [i, customerSince] of days.entries()) {
      await makeCustomer(lister, { name: `C${i}`, customerSince, tags: [tag] });
    }
    const ascending = (
      await listCustomers(lister, parseCustomerListParams({ tag, sort: "customerSince", cols: "customerSince" }))
    ).rows;
    const sinceText = (row: { customerSince: Date | null }) => row.customerSince?.toISOString().slice(0, 10) ?? "";
    expect(ascending.map(sinceText)).toEqual(["1999-12-31", "2001-01-01", "2010-05-05", "2010-05-05", "", ""]);
    const query = { tag, sort: "-customerSince", columns: "customerSince" };
    const { header, rows } = await exportCsv(lister, query, { batchSize: 2 });
    expect(columnOf(header, rows, "Customer since")).toEqual([
      "",
      "",
      "2010-05-05",
      "2010-05-05",
      "2001-01-01",
      "1999-12-31",
    ]);
  });

  it("is a YYYY-MM-DD column in CSV and XLSX", async () => {
    const { staff: exporter } = await makeOrgWithRoles();
    const tag = uniq("since-");
    await makeCustomer(exporter, { name: "A since", customerSince: "2019-04-01", tags: [tag] });
    await makeCustomer(exporter, { name: "B never", tags: [tag] });
    const query = { tag, sort: "name", columns: "name,customerSince" };
    const { header, rows } = await exportCsv(exporter, query);
    expect(header).toEqual(["Name", "Customer since"]);
    expect(columnOf(header, rows, "Customer since")).toEqual(["2019-04-01", ""]);
    const { sheets } = await exportXlsx(exporter, query);
    expect(sheets.Customers?.slice(1).map((row) => row[1] ?? null)).toEqual(["2019-04-01", null]);
  });
});
