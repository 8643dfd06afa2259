// The security headers of every response: next.config.ts sets the static ones on everything (assets
// included), proxy.ts adds a Content-Security-Policy per request (a fresh script nonce for pages, a
// deny-all policy for the API) and HSTS when the app is served over https.
// No "@/" imports: next.config.ts loads this file outside the app's module resolution.

type Header = { key: string; value: string };

/** Features the app never uses, switched off for it and anything it might embed. */
const DISABLED_FEATURES = [
  "accelerometer",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "payment",
  "usb",
];

export const staticSecurityHeaders: Header[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: DISABLED_FEATURES.map((feature) => `${feature}=()`).join(", ") },
];

/** 128 random bits, base64: unguessable, and fresh for every request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

type PolicyOptions = {
  /** `next dev`: React rebuilds server error stacks with eval, so development allows it. */
  dev: boolean;
  /** Served over https: mixed-content subresources are upgraded. */
  https: boolean;
};

/**
 * The policy of an HTML page. Scripts run only with this request's nonce (Next.js reads it from the
 * request's CSP header and stamps its own scripts); 'strict-dynamic' lets those load their chunks.
 * Styles keep 'unsafe-inline' (no nonce, which would disable it): sonner inserts its stylesheet as
 * an un-nonced <style>, Radix Select and ScrollArea render <style> elements, and server-rendered
 * style attributes (tier colours, progress bars) are inline styles too. Style injection cannot run
 * script, and every other source stays 'self'.
 */
export function pageContentSecurityPolicy(nonce: string, { dev, https }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The API answers JSON and CSV, never a document: nothing may load, run or frame it. */
export const apiContentSecurityPolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * HSTS is only meaningful over https, and the protocol is taken from the configured public URL
 * (BETTER_AUTH_URL), not from the request: Next.js derives a request's protocol from the client's
 * X-Forwarded-Proto header, which anyone can send.
 */
export function isServedOverHttps(publicUrl: string | undefined): boolean {
  return publicUrl?.trim().toLowerCase().startsWith("https://") ?? false;
}

export const strictTransportSecurity = "max-age=31536000; includeSubDomains";

/** The per-request headers proxy.ts puts on a page or API response. */
export function responseSecurityHeaders(policy: string, https: boolean): Header[] {
  return [
    { key: "Content-Security-Policy", value: policy },
    ...(https ? [{ key: "Strict-Transport-Security", value: strictTransportSecurity }] : []),
  ];
}
