// A saved view's stored state is its list's canonical URL query without the page: read and written
// with the list's own URL codec on save and again on apply, so a view never carries a value the list
// would refuse. No server imports: the Views menu compares the current query with the same function.
import { customerListCodec } from "@/lib/customers/list-params";
import { canonicalQuery } from "@/lib/list-params";
import type { SavedViewResource } from "@/lib/saved-views/schemas";

const canonicalizers: Record<SavedViewResource, (query: string) => string> = {
  customers: (query) => canonicalQuery(customerListCodec, query, { page: 1 }),
};

/** Where each list lives, to apply a view by navigating to `<path>?<query>`. */
export const savedViewPaths: Record<SavedViewResource, string> = { customers: "/customers" };

export function canonicalViewQuery(resource: SavedViewResource, query: string): string {
  return canonicalizers[resource](query);
}

/** The query in a stored `state` (`{ query }`), canonical; anything unreadable is the list's defaults. */
export function queryFromState(resource: SavedViewResource, state: unknown): string {
  const raw =
    typeof state === "object" && state !== null && "query" in state ? (state as { query: unknown }).query : "";
  return canonicalViewQuery(resource, typeof raw === "string" ? raw : "");
}

/** `/customers?status=active` for a view's list and query. */
export function savedViewHref(resource: SavedViewResource, query: string): string {
  return query ? `${savedViewPaths[resource]}?${query}` : savedViewPaths[resource];
}
