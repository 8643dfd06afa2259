// GET: the OpenAPI 3.1 description of this API; public (no API key) and cacheable.
import { getOpenApiDocument } from "@/lib/openapi/document";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(getOpenApiDocument(), {
    headers: {
      "Cache-Control": "public, max-age=300, stale-while-revalidate=3600",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
