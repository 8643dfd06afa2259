// REST /api/v1/customers/{id}/activity: list with cursor, log an entry, revert a change.
import { describe, expect, it } from "vitest";
import * as activityRoute from "@/app/api/v1/customers/[id]/activity/route";
import * as revertRoute from "@/app/api/v1/customers/[id]/activity/[activityId]/revert/route";
import { updateCustomer } from "@/lib/customers/mutations";
import { call, makeApiKey } from "@/tests/support/api";
import { timelineOf } from "./helpers";
import { makeCustomer, makeOrgWithRoles } from "@/tests/factories";

describe("REST customer activity", () => {
  it("logs an entry, lists it with a cursor, and reverts a change", async () => {
    const { org, staff } = await makeOrgWithRoles();
    const key = await makeApiKey(org.id, "admin");
    const customer = await makeCustomer(staff, { city: "Austin" });
    const params = { id: customer.id };
    const path = `/api/v1/customers/${customer.id}/activity`;

    const logged = await call(activityRoute.POST, "POST", path, {
      key,
      params,
      body: { type: "note", summary: "Hello" },
    });
    expect(logged.status).toBe(201);
    expect(logged.json.data).toMatchObject({ type: "note", summary: "Hello", actorKind: "apiKey" });

    const first = await call(activityRoute.GET, "GET", `${path}?limit=1`, { key, params });
    expect(first.status).toBe(200);
    expect(first.json.data.map((item: { summary: string }) => item.summary)).toEqual(["Hello"]);
    const second = await call(activityRoute.GET, "GET", `${path}?limit=1&cursor=${first.json.meta.nextCursor}`, {
      key,
      params,
    });
    expect(second.json.data[0].action).toBe("created");
    expect(second.json.meta.nextCursor).toBeNull();
    const notes = await call(activityRoute.GET, "GET", `${path}?type=change`, { key, params });
    expect(notes.json.data).toHaveLength(1);

    await updateCustomer(staff, customer.id, { city: "Dallas" });
    const [change] = await timelineOf(customer.id);
    const revert = await call(revertRoute.POST, "POST", `${path}/${change?.id}/revert`, {
      key,
      params: { id: customer.id, activityId: change?.id ?? "" },
    });
    expect(revert.status).toBe(201);
    expect(revert.json.data).toMatchObject({ action: "reverted", revertOfId: change?.id });
  });

  it("maps errors: validation 422, wrong customer 404, staff key revert 403, no key 401", async () => {
    const { org, staff } = await makeOrgWithRoles();
    const staffKey = await makeApiKey(org.id, "staff");
    const customer = await makeCustomer(staff, { city: "Austin" });
    const other = await makeCustomer(staff);
    const path = `/api/v1/customers/${customer.id}/activity`;
    const params = { id: customer.id };
    const invalid = await call(activityRoute.POST, "POST", path, { key: staffKey, params, body: { type: "note" } });
    expect(invalid.status).toBe(422);
    expect(invalid.json.error.details.summary).toBeDefined();
    expect((await call(activityRoute.GET, "GET", path, { params })).status).toBe(401);
    expect((await call(activityRoute.GET, "GET", `${path}?type=bogus`, { key: staffKey, params })).status).toBe(422);
    await updateCustomer(staff, customer.id, { city: "Dallas" });
    const [change] = await timelineOf(customer.id);
    const activityId = change?.id ?? "";
    const forbidden = await call(revertRoute.POST, "POST", `${path}/${activityId}/revert`, {
      key: staffKey,
      params: { id: customer.id, activityId },
    });
    expect(forbidden.status).toBe(403);
    const adminKey = await makeApiKey(org.id, "admin");
    const elsewhere = await call(revertRoute.POST, "POST", "/x", {
      key: adminKey,
      params: { id: other.id, activityId },
    });
    expect(elsewhere.status).toBe(404);
  });
});
