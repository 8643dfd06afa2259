// Where a merged customer's URL goes: the same page (or REST path) of the customer it was merged into.

/** The `?merged=` parameter the survivor's page reads to say "X was merged into this customer". */
export const MERGED_NOTICE_PARAM = "merged";

/**
 * `path` (a page or API path with its query) with the merged customer's id segment replaced by the
 * survivor's; with `notice`, `?merged=<id>` is added so the survivor's page can say what happened.
 */
export function survivorPath(path: string, mergedId: string, survivorId: string, opts: { notice?: boolean } = {}) {
  const url = new URL(path, "http://placeholder");
  url.pathname = url.pathname
    .split("/")
    .map((segment) => (segment.toLowerCase() === mergedId.toLowerCase() ? survivorId : segment))
    .join("/");
  if (opts.notice) url.searchParams.set(MERGED_NOTICE_PARAM, mergedId);
  return `${url.pathname}${url.search}`;
}
