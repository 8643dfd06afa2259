// Who may do what with assets (each role × each operation), and other organizations' assets.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { archiveAsset, createAsset, deleteAsset, restoreAsset, updateAsset } from "@/lib/assets/mutations";
import { getAsset, listAssets, searchAssetOptions } from "@/lib/assets/queries";
import { parseAssetListParams } from "@/lib/assets/list-params";
import { makeAircraft, makeOrgWithOutsider, makeVehicle, rejectionOf, uniqueRegistration } from "@/tests/factories";
import { expectAllowed, roleCases } from "@/tests/support/permissions";

const { ctx, outsider } = await makeOrgWithOutsider();

const operations = {
  list: async (c: Ctx) => listAssets(c, parseAssetListParams({}, "aircraft")),
  options: async (c: Ctx) => searchAssetOptions(c, { q: "" }),
  get: async (c: Ctx) => getAsset(c, (await makeAircraft(ctx.owner)).id),
  create: async (c: Ctx) => createAsset(c, { kind: "aircraft", registration: uniqueRegistration() }),
  update: async (c: Ctx) => updateAsset(c, (await makeVehicle(ctx.owner)).id, { color: "Red" }),
  archive: async (c: Ctx) => archiveAsset(c, (await makeAircraft(ctx.owner)).id),
  restore: async (c: Ctx) => {
    const asset = await makeVehicle(ctx.owner);
    await archiveAsset(ctx.owner, asset.id);
    return restoreAsset(c, asset.id);
  },
  delete: async (c: Ctx) => deleteAsset(c, (await makeAircraft(ctx.owner)).id),
};

type Operation = keyof typeof operations;

const reads: Operation[] = ["list", "options", "get"];
const allowed: Record<Role, Operation[]> = {
  viewer: reads,
  staff: [...reads, "create", "update"],
  manager: [...reads, "create", "update", "archive", "restore"],
  admin: [...reads, "create", "update", "archive", "restore", "delete"],
  owner: [...reads, "create", "update", "archive", "restore", "delete"],
};

describe("asset permissions", () => {
  it.each(roleCases(operations, allowed))("%s → %s allowed: %s", async (role, op, isAllowed) => {
    await expectAllowed(operations[op](ctx[role]), isAllowed);
  });
});

describe("assets of another organization", () => {
  let foreignId: string;

  beforeAll(async () => {
    foreignId = (await makeAircraft(ctx.owner, { notes: "Not yours" })).id;
  });

  it.each([
    ["get", () => getAsset(outsider, foreignId)],
    ["update", () => updateAsset(outsider, foreignId, { notes: "Hijacked" })],
    ["archive", () => archiveAsset(outsider, foreignId)],
    ["restore", () => restoreAsset(outsider, foreignId)],
    ["delete", () => deleteAsset(outsider, foreignId)],
  ])("are NOT_FOUND for %s, and stay untouched", async (_op, attempt) => {
    expect(await rejectionOf(attempt())).toMatchObject({
      code: "NOT_FOUND",
      message: "Aircraft or vehicle not found.",
    });
    expect(await db.asset.findUnique({ where: { id: foreignId } })).toMatchObject({ notes: "Not yours", version: 1 });
  });

  it("never appear in the other organization's list or options", async () => {
    const list = await listAssets(outsider, parseAssetListParams({ archived: "include" }));
    expect(list.rows.map((row) => row.id)).not.toContain(foreignId);
    expect((await searchAssetOptions(outsider, { q: "" })).map((o) => o.id)).not.toContain(foreignId);
  });

  it.each(["not-a-uuid", "", "00000000-0000-0000-0000-00000000000g"])(
    "treats the malformed id %j as NOT_FOUND",
    async (id) => {
      for (const attempt of [
        () => getAsset(ctx.owner, id),
        () => updateAsset(ctx.owner, id, {}),
        () => deleteAsset(ctx.owner, id),
      ]) {
        expect((await rejectionOf(attempt())).code).toBe("NOT_FOUND");
      }
    },
  );
});
