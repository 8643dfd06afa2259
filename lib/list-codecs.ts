// Every list page's URL codec by its path: a query that travels outside the list (a back link's
// remembered state) is read and written by the list's own codec before it becomes a URL again.
import { assetListCodecs } from "@/lib/assets/list-params";
import { customerListCodec } from "@/lib/customers/list-params";
import type { ListCodec, ListState } from "@/lib/list-params";
import { workOrderListCodec } from "@/lib/work-orders/list-params";

function canonical<P extends ListState>(codec: ListCodec<P>): (query: string) => string {
  return (query) => codec.serialize(codec.parse(new URLSearchParams(query)));
}

const canonicalizers: Record<string, (query: string) => string> = {
  "/customers": canonical(customerListCodec),
  "/aircraft": canonical(assetListCodecs.aircraft),
  "/vehicles": canonical(assetListCodecs.vehicle),
  "/work-orders": canonical(workOrderListCodec),
};

/** `path?query` with the query canonical for that list; a path with no list codec gets no query. */
export function listHref(path: string, query: string): string {
  const canonicalQuery = Object.hasOwn(canonicalizers, path) ? canonicalizers[path]!(query) : "";
  return canonicalQuery ? `${path}?${canonicalQuery}` : path;
}
