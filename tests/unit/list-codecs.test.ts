// Every list's one URL codec: the same clamped values for the server page, the table and saved views,
// today's URL formats written back, and a remembered query re-read before it becomes a link.
import { describe, expect, it } from "vitest";
import { assetListCodecs } from "@/lib/assets/list-params";
import { customerListCodec } from "@/lib/customers/list-params";
import { importIssuesCodec } from "@/lib/imports/list-params";
import { listHref } from "@/lib/list-codecs";
import type { ListCodec, ListState } from "@/lib/list-params";
import { memberListCodec } from "@/lib/users/list-params";
import { workOrderListCodec } from "@/lib/work-orders/list-params";

const codecs: Record<string, ListCodec<ListState>> = {
  customers: customerListCodec,
  aircraft: assetListCodecs.aircraft,
  vehicles: assetListCodecs.vehicle,
  "work orders": workOrderListCodec,
  members: memberListCodec,
};

describe.each(Object.entries(codecs))("the %s list codec", (_name, codec) => {
  it("reads ?perPage=1000 as 100 rows, the one value the server, the pager and the table use", () => {
    const params = codec.parse(new URLSearchParams("perPage=1000&page=2"));
    expect(params).toMatchObject({ perPage: 100, page: 2 });
    expect(codec.serialize(params)).toBe("perPage=100&page=2");
  });

  it("writes nothing for the defaults, and reads back what it writes", () => {
    expect(codec.serialize(codec.parse(new URLSearchParams("perPage=25&page=1&page=x")))).toBe("");
    const query = codec.serialize(codec.parse(new URLSearchParams("q=%20sky%20&perPage=50&page=3")));
    expect(query).toBe("q=sky&perPage=50&page=3");
    expect(codec.serialize(codec.parse(new URLSearchParams(query)))).toBe(query);
  });
});

describe("list URL formats", () => {
  it("keeps comma-joined filters, -column sorts and only non-default values", () => {
    const customers = customerListCodec.parse(
      new URLSearchParams("status=active&status=blocked,bogus&sort=-name&archived=exclude&cols=tier&page=2"),
    );
    expect(customerListCodec.filters(customers)).toEqual({ status: ["active", "blocked"] });
    expect(customerListCodec.serialize(customers)).toBe("status=active,blocked&sort=-name&cols=name,tier&page=2");

    const aircraft = assetListCodecs.aircraft.parse(
      new URLSearchParams("sort=registration&kind=vehicle&archived=only"),
    );
    expect(aircraft.kind).toBe("aircraft");
    expect(assetListCodecs.aircraft.serialize(aircraft)).toBe("archived=only");
    expect(assetListCodecs.vehicle.serialize(assetListCodecs.vehicle.parse(new URLSearchParams("sort=-make")))).toBe(
      "sort=-make",
    );

    const workOrders = workOrderListCodec.parse(new URLSearchParams("type=quote&status=open&sort=-createdAt"));
    expect(workOrderListCodec.serialize(workOrders)).toBe("status=open&type=quote");
  });
});

describe("the import failed-rows codec", () => {
  it("reads ?errors= as a page from 1 and writes it back as today", () => {
    expect(importIssuesCodec.parse(new URLSearchParams("errors=3"))).toEqual({ page: 3 });
    expect(importIssuesCodec.parse({ errors: ["x"] })).toEqual({ page: 1 });
    expect(importIssuesCodec.parse({ errors: "-2" })).toEqual({ page: 1 });
    expect(importIssuesCodec.serialize({ page: 2 })).toBe("errors=2");
  });
});

describe("listHref", () => {
  it("re-reads a remembered query with the list's codec, so nothing unchecked becomes a link", () => {
    expect(listHref("/customers", "status=bogus,active&q=acme&evil=%3Cscript%3E&page=3")).toBe(
      "/customers?q=acme&status=active&page=3",
    );
    expect(listHref("/work-orders", "customerId=not-a-uuid")).toBe("/work-orders");
    expect(listHref("/somewhere-else", "q=acme")).toBe("/somewhere-else");
  });
});
