// The role check apiRoute makes before a handler runs (and before any body is read): the permission
// the OpenAPI registry gives the operation, plus those its query parameters call for.
import type { Ctx } from "@/lib/auth/context";
import { assertCan } from "@/lib/auth/context";
import { splitValues } from "@/lib/list-params";
import type { Operation } from "@/lib/openapi/registry";

export function authorizeOperation(operation: Operation, ctx: Ctx, searchParams: URLSearchParams): void {
  if (operation.permission !== "public" && operation.permission !== "member") assertCan(ctx, operation.permission);
  for (const rule of operation.stricter ?? []) {
    if ("query" in rule && splitValues(searchParams.getAll(rule.query)).includes(rule.value))
      assertCan(ctx, rule.permission);
  }
}
