// The API's own description, served without an API key.
import type { ResourceSpec } from "@/lib/openapi/registry";

export const metaResource: ResourceSpec = {
  tag: "API",
  description: "This OpenAPI 3.1 document.",
  schemas: {},
  operations: [
    {
      operationId: "getOpenApiDocument",
      method: "get",
      path: "/openapi.json",
      permission: "public",
      summary: "Get the OpenAPI document",
      description: "Public and cacheable; generated from the same zod schemas the API validates with.",
      success: { status: 200, description: "The OpenAPI 3.1 document" },
      errors: [],
    },
  ],
};
