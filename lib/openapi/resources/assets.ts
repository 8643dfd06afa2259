// The assets resource (aircraft and vehicles in one API, told apart by `kind`).
import { z } from "zod";
import { aircraftInputSchema, assetInputSchema, assetPatchMetaSchema, vehicleFieldsSchema } from "@/lib/assets/schemas";
import { allAssetSortColumns, assetKinds, assetStatuses } from "@/lib/assets/options";
import { archivedFilters } from "@/lib/list-params";
import { listParams, nullableTimestamp, recordFields, resourceSchema, uuid } from "@/lib/openapi/common";
import { crudOperations } from "@/lib/openapi/crud";
import type { ResourceSpec } from "@/lib/openapi/registry";

/** PATCH: any subset of either kind's fields (the kind itself never changes). */
const assetPatchSchema = z.union([
  aircraftInputSchema.partial().extend(assetPatchMetaSchema.shape),
  vehicleFieldsSchema.partial().extend(assetPatchMetaSchema.shape),
]);

const text = z.string().nullable();

/** What the VIN says (lib/assets/vin-decode.ts). */
const vinDecoded = z
  .object({
    region: text.describe("Africa, Asia, Europe, North America, Oceania or South America (ISO 3780)"),
    country: text.describe("The manufacturer's country from the WMI's first two characters"),
    manufacturer: text.describe("From a list of common WMIs; null when the WMI is not listed"),
    modelYear: z
      .number()
      .int()
      .nullable()
      .describe("From the 10th character; null where the VIN does not reliably encode it (e.g. most European VINs)"),
    checkDigit: z
      .enum(["valid", "mismatch"])
      .describe("A mismatch is refused for vehicles built in North America and accepted with a note elsewhere"),
    notes: z.array(z.string()).describe("Things to know about this VIN, e.g. a check digit that does not match"),
  })
  .nullable()
  .describe("What the VIN decodes to; null without a VIN");

/** A row of the list: the columns of the aircraft and vehicle tables (the other kind's are null). */
const assetSummary = z
  .object({
    id: uuid,
    kind: z.enum(assetKinds),
    registration: text,
    vin: text,
    serialNumber: text,
    make: text,
    model: text,
    year: z.number().int().nullable(),
    aircraftClass: text,
    totalAirframeHours: z.number().nullable(),
    licensePlate: text,
    color: text,
    mileage: z.number().int().nullable(),
    active: z.boolean(),
    archivedAt: nullableTimestamp,
    updatedAt: z.iso.datetime({ offset: true }),
    homeServiceCenter: z.object({ id: uuid, code: z.string(), name: z.string() }).nullable(),
  })
  .describe("An aircraft or vehicle in a list; GET /assets/{id} has every field.");

const asset = crudOperations({
  schema: "Asset",
  rowSchema: "AssetSummary",
  plural: "Assets",
  path: "/assets",
  read: "asset:read",
});

export const assetsResource: ResourceSpec = {
  tag: "Assets",
  description: "Aircraft (identified by registration) and vehicles (by VIN or licence plate).",
  schemas: {
    AssetInput: assetInputSchema,
    AssetPatch: assetPatchSchema,
    Asset: resourceSchema("AssetInput", "An aircraft or vehicle as stored; the other kind's fields are null.", {
      ...recordFields,
      totalAirframeHours: z.number().nullable(),
      archivedAt: nullableTimestamp,
      createdById: z.string().nullable(),
      updatedById: z.string().nullable(),
      archivedById: z.string().nullable(),
      vinDecoded,
      homeServiceCenter: z
        .object({ id: uuid, code: z.string(), name: z.string(), active: z.boolean() })
        .nullable()
        .optional()
        .describe("On GET of one asset"),
    }),
    AssetSummary: assetSummary,
  },
  operations: [
    asset.list({
      summary: "List aircraft and vehicles",
      description: "Each row carries the columns of the asset lists.",
      query: [
        { name: "kind", description: "Only aircraft or only vehicles (both without it)", schema: z.enum(assetKinds) },
        { name: "status", description: "Only active or inactive ones", schema: z.enum(assetStatuses), list: true },
        { name: "center", description: "Home service center ids", schema: uuid, list: true },
        {
          name: "archived",
          description: "`exclude` (default), `include` or `only` archived records",
          schema: z.enum(archivedFilters).default("exclude"),
        },
        ...listParams(allAssetSortColumns, "createdAt desc; registration for aircraft, make for vehicles"),
      ],
      paged: true,
      success: "One page of assets",
    }),
    asset.create({
      permission: "asset:create",
      summary: "Create an aircraft or vehicle",
      description: "Registrations and VINs are checked and must be unique in your organization.",
      success: "The created asset",
    }),
    asset.get({ summary: "Get an aircraft or vehicle", success: "The asset with its home service center" }),
    asset.update({
      permission: "asset:update",
      summary: "Update some fields of an aircraft or vehicle",
      description: "Each field is validated on the merged record. A stale If-Match or `version` is a 409.",
      success: "The updated asset",
    }),
    asset.archive({
      permission: "asset:archive",
      deletePermission: "asset:delete",
      summary: "Archive an aircraft or vehicle (or delete it for good)",
      success: "The archived asset",
    }),
    asset.action("restore", {
      permission: "asset:restore",
      summary: "Restore an archived aircraft or vehicle",
      success: "The restored asset",
    }),
  ],
};
