// Test database guard: integration tests may only ever touch a local PostgreSQL server.
export function localTestDatabaseUrl(): URL | undefined {
  const raw = process.env.TEST_DATABASE_URL;
  if (!raw) return undefined;
  const url = new URL(raw);
  if (!["localhost", "127.0.0.1", "::1", "[::1]", ""].includes(url.hostname)) {
    throw new Error(`Refusing to run tests against non-local database host "${url.hostname}".`);
  }
  return url;
}

export function withDatabase(url: URL, database: string): string {
  const copy = new URL(url);
  copy.pathname = `/${database}`;
  return copy.toString();
}
