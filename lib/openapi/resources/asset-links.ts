// The customers linked to an aircraft or vehicle (owner, operator, lessee …), at most one primary.
import { z } from "zod";
import { linkCustomerSchema, linkUpdateSchema } from "@/lib/asset-links/schemas";
import { resourceSchema, timestamp, uuid } from "@/lib/openapi/common";
import { crudOperations } from "@/lib/openapi/crud";
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

const link = crudOperations({
  schema: "AssetLink",
  plural: "AssetLinks",
  path: "/assets/{id}/customers",
  idParam: "linkId",
  read: "asset:read",
  write: "assetLink:manage",
  versioned: false,
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
    link.list({
      summary: "List the customers linked to an asset",
      description: "Primary first, then current links, then the oldest.",
      success: "Every link of the asset",
    }),
    link.create({ operationId: "linkCustomer", summary: "Link a customer to an asset", success: "The new link" }),
    link.update({
      summary: "Update a link",
      description: "A primary link cannot stop being current; make another link primary first.",
      success: "The updated link",
    }),
    link.delete({ operationId: "unlinkCustomer", summary: "Remove a link", success: "Unlinked", errors: ["CONFLICT"] }),
  ],
};
