// The palette's actions: each role is offered exactly the pages it may use, found by any word typed.
import { describe, expect, it } from "vitest";
import { roles, type Role } from "@/lib/auth/permissions";
import { commandActionsFor, matchCommandActions } from "@/app/(app)/_components/command-palette/command-actions";
import { isSearchableQuery } from "@/lib/search/query";

const labels = (role: Role, group?: string) =>
  commandActionsFor(role)
    .filter((action) => !group || action.group === group)
    .map((action) => action.label);

describe("commandActionsFor", () => {
  it("offers a viewer no way to create anything, only the lists and the settings it may open", () => {
    expect(labels("viewer", "Create")).toEqual([]);
    expect(labels("viewer", "Go to")).toEqual(["Customers", "Aircraft", "Vehicles", "Work orders"]);
    expect(labels("viewer", "Settings")).toEqual([
      "Service centers",
      "Customer tiers",
      "Your preferences",
      "Notifications",
    ]);
  });

  it("lets staff create records but not import customers", () => {
    expect(labels("staff", "Create")).toEqual(["New work order", "New customer", "New aircraft", "New vehicle"]);
  });

  it("lets managers import customers, and admins and owners reach every settings section", () => {
    expect(labels("manager", "Create")).toContain("Import customers");
    expect(labels("manager", "Go to")).toContain("Possible duplicates");
    expect(labels("staff", "Go to")).not.toContain("Possible duplicates");
    expect(labels("manager", "Settings")).not.toContain("Users");
    for (const role of ["admin", "owner"] as const) {
      expect(labels(role, "Settings")).toEqual([
        "Users",
        "API keys",
        "Webhooks",
        "Service centers",
        "Customer tiers",
        "Organization",
        "Privacy",
        "Your preferences",
        "Notifications",
      ]);
    }
  });

  it("links every action to a page under the app", () => {
    for (const role of roles) {
      for (const action of commandActionsFor(role)) expect(action.href).toMatch(/^\/[a-z-]+(\/[a-z-]+)?$/);
    }
  });
});

describe("matchCommandActions", () => {
  const all = commandActionsFor("owner");
  const match = (q: string) => matchCommandActions(all, q).map((action) => action.label);

  it("keeps every action for an empty query and matches every typed word", () => {
    expect(match("  ")).toHaveLength(all.length);
    expect(match("new wo")).toEqual(["New work order"]);
    expect(match("import")).toEqual(["Import customers"]);
    expect(match("csv")).toEqual(["Import customers"]);
    expect(match("API")).toEqual(["API keys"]);
    expect(match("dupl")).toEqual(["Possible duplicates"]);
    expect(match("zzz")).toEqual([]);
  });
});

describe("isSearchableQuery", () => {
  it("needs two characters, or a number of any length", () => {
    expect(["", " ", "a", " b "].map(isSearchableQuery)).toEqual([false, false, false, false]);
    expect(["ab", "7", " 123 ", "N1"].map(isSearchableQuery)).toEqual([true, true, true, true]);
  });
});
