// The service centers resource: the shops or hangars work orders are numbered at.
import { z } from "zod";
import { serviceCenterInputSchema, serviceCenterPatchSchema } from "@/lib/service-centers/schemas";
import { recordFields, resourceSchema } from "@/lib/openapi/common";
import type { ResourceSpec } from "@/lib/openapi/registry";

export const serviceCentersResource: ResourceSpec = {
  tag: "Service centers",
  description: "Your shops, hangars or branches; admins manage them.",
  schemas: {
    ServiceCenterInput: serviceCenterInputSchema,
    ServiceCenterPatch: serviceCenterPatchSchema,
    ServiceCenter: resourceSchema("ServiceCenterInput", "A service center; `code` is stored upper-case.", recordFields),
  },
  operations: [
    {
      operationId: "listServiceCenters",
      method: "get",
      path: "/service-centers",
      permission: "serviceCenter:read",
      summary: "List service centers",
      description: "Every service center of your organization, by name (not paged).",
      query: [
        {
          name: "active",
          description: "`true` lists active ones only",
          schema: z.enum(["true", "false"]).default("false"),
        },
      ],
      success: { status: 200, description: "The service centers", schema: "ServiceCenter", shape: "list" },
      errors: ["UNAUTHORIZED", "FORBIDDEN"],
    },
    {
      operationId: "createServiceCenter",
      method: "post",
      path: "/service-centers",
      permission: "serviceCenter:manage",
      summary: "Create a service center",
      body: "ServiceCenterInput",
      success: { status: 201, description: "The created service center", schema: "ServiceCenter", etag: true },
      errors: ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "VALIDATION", "CONFLICT"],
    },
    {
      operationId: "getServiceCenter",
      method: "get",
      path: "/service-centers/{id}",
      permission: "serviceCenter:read",
      summary: "Get a service center",
      success: { status: 200, description: "The service center", schema: "ServiceCenter", etag: true },
      errors: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"],
    },
    {
      operationId: "updateServiceCenter",
      method: "patch",
      path: "/service-centers/{id}",
      permission: "serviceCenter:manage",
      summary: "Update a service center",
      body: "ServiceCenterPatch",
      ifMatch: true,
      success: { status: 200, description: "The updated service center", schema: "ServiceCenter", etag: true },
      errors: ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "VALIDATION", "CONFLICT"],
    },
  ],
};
