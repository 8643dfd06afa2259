// The query each list last showed in this browser tab (sessionStorage), so a detail page's back link
// returns to the list as it was. Storage can be unavailable (private mode, quota): then nothing is kept.
const keyFor = (path: string) => `list-query:${path}`;

export function rememberListQuery(path: string, query: string): void {
  try {
    sessionStorage.setItem(keyFor(path), query);
  } catch {
    // Without storage the back link opens the list's defaults, as before.
  }
}

export function recallListQuery(path: string): string | null {
  try {
    return sessionStorage.getItem(keyFor(path));
  } catch {
    return null;
  }
}
