// The customer list page only parses its URL and renders rows: phone (libphonenumber-js) and
// postal-code (postal-codes-js) modules must not be in its static import graph, so neither lands in the
// page's server or client bundle. (The phone column, hidden by default, loads its formatter lazily.)
import { describe, expect, it } from "vitest";
import { reachablePackages } from "@/tests/support/import-graph";

describe("customer list page imports", () => {
  const packages = reachablePackages("app/(app)/customers/(list)/page.tsx");

  it("follows the page into its components and the data layer", () => {
    expect(packages.has("react")).toBe(true);
    expect(packages.has("zod")).toBe(true);
  });

  it.each(["libphonenumber-js", "postal-codes-js"])("does not reach %s", (name) => {
    expect(packages.get(name), `reached through ${packages.get(name)?.join(" → ")}`).toBeUndefined();
  });
});
