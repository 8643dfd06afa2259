// The customers linked to an aircraft or vehicle (owner, operator, lessee …), at most one primary.
import { z } from "zod";
import { linkCustomerSchema, linkUpdateSchema } from "@/lib/asset-links/schemas";
import { resourceSchema, timestamp, uuid } from "@/lib/openapi/common";
import type { ResourceSpec } from "@/lib/openapi/registry";

const since = z.iso.date().nullable().optional().describe("Calendar date, YYYY-MM-DD");

/** The REST body names `makePrimary` `primary` and takes the asset from the path. */
const primary = z.boolean().describe("true makes this the asset's primary customer (only a current link can be)");
const linkInputSchema = linkCustomerSchema
  .omit({ assetId: true, makePrimary: true })
  .extend({ since, primary: primary.default(false) });
const linkPatchSchema = linkUpdateSchema.omit({ makePrimary: true }).extend({
  since,
  primary: z.literal(true).optional().describe("Only true: make another link primary to move it"),
});

export const assetLinksResource: ResourceSpec = {
  tag: "Asset links",
  description: "Which customers own, operate or lease an aircraft or vehicle.",
  schemas: {
    AssetLinkInput: linkInputSchema,
    AssetLinkPatch: linkPatchSchema,
    AssetLink: resourceSchema("AssetLinkInput", "A link seen from its asset, with a summary of the customer.", {
      id: uuid,
      assetId: uuid,
      createdAt: timestamp,
      customer: z.object({
        id: uuid,
        name: z.string(),
        displayName: z.string().nullable(),
        accountNumber: z.string().nullable(),
        email: z.string().nullable(),
        phone: z.string().nullable(),
        archivedAt: timestamp.nullable(),
      }),
    }),
  },
  operations: [
    {
      operationId: "listAssetLinks",
      method: "get",
      path: "/assets/{id}/customers",
      permission: "asset:read",
      summary: "List the customers linked to an asset",
      description: "Primary first, then current links, then the oldest.",
      success: { status: 200, description: "Every link of the asset", schema: "AssetLink", shape: "list" },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"],
    },
    {
      operationId: "linkCustomer",
      method: "post",
      path: "/assets/{id}/customers",
      permission: "assetLink:manage",
      summary: "Link a customer to an asset",
      body: "AssetLinkInput",
      success: { status: 201, description: "The new link", schema: "AssetLink" },
      errors: ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "VALIDATION", "CONFLICT"],
    },
    {
      operationId: "updateAssetLink",
      method: "patch",
      path: "/assets/{id}/customers/{linkId}",
      permission: "assetLink:manage",
      summary: "Update a link",
      description: "A primary link cannot stop being current; make another link primary first.",
      body: "AssetLinkPatch",
      success: { status: 200, description: "The updated link", schema: "AssetLink" },
      errors: ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "VALIDATION", "CONFLICT"],
    },
    {
      operationId: "unlinkCustomer",
      method: "delete",
      path: "/assets/{id}/customers/{linkId}",
      permission: "assetLink:manage",
      summary: "Remove a link",
      success: { status: 204, description: "Unlinked" },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT"],
    },
  ],
};
