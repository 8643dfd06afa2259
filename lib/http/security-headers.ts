// The security headers of every response. next.config.ts sets the static ones on everything (assets
// included) and the API's deny-all CSP on /api; proxy.ts gives each page a CSP with a fresh script
// nonce, and HSTS when the app is served over https. The API stays out of proxy.ts: Next.js buffers
// a proxied request's body (and cuts it at 10 MB), which would defeat streamed uploads and limits.
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

const staticSecurityHeaders: Header[] = [
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

/** The script nonce inside a page policy (proxy.ts puts the policy on the request), for inline scripts the app renders itself. */
export function nonceFromPolicy(policy: string | null): string | undefined {
  return policy?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
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
export const apiContentSecurityPolicy =
  "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** next.config.ts `headers()`: static, so the same for every deployment of a build. */
export const staticHeaderRules = [
  { source: "/:path*", headers: staticSecurityHeaders },
  { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }] },
];

/**
 * HSTS is only meaningful over https, and the protocol is taken from the configured public URL
 * (BETTER_AUTH_URL, read at run time), not from the request: Next.js derives a request's protocol
 * from the client's X-Forwarded-Proto header, which anyone can send. Browsers apply it to the whole
 * host from the first page they load, API calls included.
 */
export function isServedOverHttps(publicUrl: string | undefined): boolean {
  return publicUrl?.trim().toLowerCase().startsWith("https://") ?? false;
}

const strictTransportSecurity = "max-age=31536000; includeSubDomains";

/** The per-request headers proxy.ts puts on a page. */
export function pageSecurityHeaders(policy: string, https: boolean): Header[] {
  return [
    { key: "Content-Security-Policy", value: policy },
    ...(https ? [{ key: "Strict-Transport-Security", value: strictTransportSecurity }] : []),
  ];
}
