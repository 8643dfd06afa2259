// The service centers resource: the shops or hangars work orders are numbered at.
import { z } from "zod";
import { serviceCenterInputSchema, serviceCenterPatchSchema } from "@/lib/service-centers/schemas";
import { recordFields, resourceSchema } from "@/lib/openapi/common";
import { crudOperations } from "@/lib/openapi/crud";
import type { ResourceSpec } from "@/lib/openapi/registry";

const serviceCenter = crudOperations({
  schema: "ServiceCenter",
  plural: "ServiceCenters",
  path: "/service-centers",
  read: "serviceCenter:read",
  write: "serviceCenter:manage",
});

export const serviceCentersResource: ResourceSpec = {
  tag: "Service centers",
  description: "Your shops, hangars or branches; admins manage them.",
  schemas: {
    ServiceCenterInput: serviceCenterInputSchema,
    ServiceCenterPatch: serviceCenterPatchSchema,
    ServiceCenter: resourceSchema("ServiceCenterInput", "A service center; `code` is stored upper-case.", recordFields),
  },
  operations: [
    serviceCenter.list({
      summary: "List service centers",
      description: "Every service center of your organization, by name (not paged).",
      query: [
        {
          name: "active",
          description: "`true` lists active ones only",
          schema: z.enum(["true", "false"]).default("false"),
        },
      ],
      success: "The service centers",
    }),
    serviceCenter.create({ summary: "Create a service center", success: "The created service center" }),
    serviceCenter.get({ summary: "Get a service center", success: "The service center" }),
    serviceCenter.update({ summary: "Update a service center", success: "The updated service center" }),
  ],
};
