// When a typed query is worth sending to the server (the palette and the search itself agree).

/** Below this many characters a substring search matches nearly everything and no index helps. */
export const MIN_QUERY_LENGTH = 2;

/** Two characters or more, or any number (a work order's sequence, "7", is an indexed exact lookup). */
export function isSearchableQuery(q: string): boolean {
  const trimmed = q.trim();
  return trimmed.length >= MIN_QUERY_LENGTH || /^\d+$/.test(trimmed);
}
