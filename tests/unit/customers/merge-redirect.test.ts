// Where a merged customer's URLs lead: the same page, sub-page or REST path of its survivor, query kept.
import { describe, expect, it } from "vitest";
import { survivorPath } from "@/lib/customers/merge/redirect";

const merged = "01a247d7-0b6b-7647-b453-31d75400c961";
const survivor = "01a247d6-ffe5-751d-bbea-05bdafba6a7a";

describe("survivorPath", () => {
  it("swaps the merged id for the survivor's on pages and their sub-pages, adding the notice", () => {
    expect(survivorPath(`/customers/${merged}`, merged, survivor, { notice: true })).toBe(
      `/customers/${survivor}?merged=${merged}`,
    );
    expect(survivorPath(`/customers/${merged}/edit?tab=x`, merged, survivor, { notice: true })).toBe(
      `/customers/${survivor}/edit?tab=x&merged=${merged}`,
    );
  });

  it("keeps REST paths and their queries, whatever the id's case", () => {
    expect(survivorPath(`/api/v1/customers/${merged.toUpperCase()}/contacts?perPage=5`, merged, survivor)).toBe(
      `/api/v1/customers/${survivor}/contacts?perPage=5`,
    );
  });
});
