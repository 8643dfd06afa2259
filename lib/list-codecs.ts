// Every list page's URL codec by its path: a query that travels outside the list (a back link's
// remembered state) is read and written by the list's own codec before it becomes a URL again.
import { assetListCodecs } from "@/lib/assets/list-params";
import { customerListCodec } from "@/lib/customers/list-params";
import { canonicalQuery } from "@/lib/list-params";
import { workOrderListCodec } from "@/lib/work-orders/list-params";

const canonicalizers: Record<string, (query: string) => string> = {
  "/customers": (query) => canonicalQuery(customerListCodec, query),
  "/aircraft": (query) => canonicalQuery(assetListCodecs.aircraft, query),
  "/vehicles": (query) => canonicalQuery(assetListCodecs.vehicle, query),
  "/work-orders": (query) => canonicalQuery(workOrderListCodec, query),
};

/** `path?query` with the query canonical for that list; a path with no list codec gets no query. */
export function listHref(path: string, query: string): string {
  const canonical = Object.hasOwn(canonicalizers, path) ? canonicalizers[path]!(query) : "";
  return canonical ? `${path}?${canonical}` : path;
}
