// Pure normalizers for fields every domain shares (websites, currencies, languages, tags, person names),
// used by the zod schemas (client and server). Phones are in phone.ts, postal codes in postal-codes.ts.
const scheme = /^([a-z][a-z\d+.-]*):/i;
/** "host:port" without a scheme ("localhost:3000") is a host, not a scheme. */
const hostAndPort = /^[^:/]+:\d/;
/** The host and port as typed: letters (any script, for international domains), digits, dots, hyphens. */
const typedHost = /^[\p{L}\p{M}\p{N}._-]+(:\d{1,5})?$/u;
const defaultPort: Record<string, string> = { "http:": ":80", "https:": ":443" };
const invalidWebsite = "Enter a valid website address such as https://example.com";

type WebsiteCheck = { url: string } | { error: string };

/**
 * A website as stored: an http(s) URL with a real host, https:// added when no scheme was typed and
 * to a protocol-relative "//host/path", in its parsed form (lower-case scheme and host, punycode,
 * no default port, no lone trailing slash). Anything the URL parser would have to repair or
 * reinterpret (extra slashes, backslashes, %-escapes in the host, credentials) is refused with
 * the reason, so the stored address is the one that was typed.
 */
export function checkWebsite(raw: string): WebsiteCheck {
  if (/[\s\p{Cc}\p{Cf}]/u.test(raw)) return { error: "Website can't contain spaces or invisible characters" };
  if (raw.includes("\\")) return { error: invalidWebsite };
  const typedScheme = hostAndPort.test(raw) ? undefined : scheme.exec(raw)?.[1];
  if (typedScheme && !/^https?$/i.test(typedScheme)) {
    return { error: `Website must be an http:// or https:// address, not ${typedScheme.toLowerCase()}:` };
  }
  const text = raw.startsWith("//") ? `https:${raw}` : typedScheme ? raw : `https://${raw}`;
  const authority = /^https?:\/\/([^/?#]*)(?:[/?#]|$)/i.exec(text)?.[1];
  if (authority?.includes("@")) return { error: "Website can't include a user name or password" };
  if (!authority || !typedHost.test(authority)) return { error: invalidWebsite };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: invalidWebsite };
  }
  const port = defaultPort[url.protocol]!;
  const lower = authority.toLowerCase();
  const typed = lower.endsWith(port) ? lower.slice(0, -port.length) : lower;
  // ASCII hosts must come back as typed (no IPv4 shorthand like "1.2" → "1.0.0.2"); others come back as punycode.
  if (/^[\x21-\x7e]*$/.test(typed) && url.host !== typed) return { error: invalidWebsite };
  if (url.hostname !== "localhost" && !/^[^.]+(\.[^.]+)+$/.test(url.hostname)) {
    return { error: "Website needs a full domain name such as example.com" };
  }
  return { url: url.pathname === "/" && !url.search && !url.hash ? url.origin : url.href };
}

/** The link for a stored website: its http(s) address when it passes today's rules, else null (shown as text only). */
export function websiteHref(website: string): string | null {
  const checked = checkWebsite(website);
  return "url" in checked ? checked.url : null;
}

let currencies: Set<string> | undefined;

export function isCurrencyCode(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf("currency"));
  return currencies.has(code);
}

/** Canonical BCP 47 form of a language tag ("en-us" → "en-US"), or null when it is not one. */
export function canonicalizeLanguage(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** Trimmed tags without empties or case-insensitive duplicates (the first spelling wins). */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

export function buildPersonName(firstName: string | null | undefined, lastName: string | null | undefined): string {
  return [firstName, lastName].filter(Boolean).join(" ");
}
