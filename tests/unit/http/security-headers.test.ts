// The security header builder: the page CSP's script nonce, no eval outside development, the deny-all
// API policy, and HSTS decided by the configured public URL only.
import { describe, expect, it } from "vitest";
import {
  apiContentSecurityPolicy,
  createNonce,
  isServedOverHttps,
  nonceFromPolicy,
  pageContentSecurityPolicy,
  pageSecurityHeaders,
  staticHeaderRules,
} from "@/lib/http/security-headers";

function headersOf(source: string): Record<string, string> {
  const rule = staticHeaderRules.find((candidate) => candidate.source === source);
  expect(rule, source).toBeDefined();
  return Object.fromEntries(rule!.headers.map(({ key, value }) => [key, value]));
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe("createNonce", () => {
  it("is 128 random bits in base64, fresh every call", () => {
    const nonces = new Set(Array.from({ length: 200 }, createNonce));
    expect(nonces.size).toBe(200);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });
});

describe("nonceFromPolicy", () => {
  it("reads back the nonce a page policy carries, and nothing from a policy without one", () => {
    const nonce = createNonce();
    expect(nonceFromPolicy(pageContentSecurityPolicy(nonce, { dev: false, https: true }))).toBe(nonce);
    expect(nonceFromPolicy(apiContentSecurityPolicy)).toBeUndefined();
    expect(nonceFromPolicy(null)).toBeUndefined();
  });
});

describe("pageContentSecurityPolicy", () => {
  const nonce = createNonce();

  it("lets scripts run only with the request's nonce, and loads everything else from the app itself", () => {
    const policy = directives(pageContentSecurityPolicy(nonce, { dev: false, https: false }));
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(policy.get("font-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    // A style nonce would switch 'unsafe-inline' off, and sonner's <style> carries none.
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("allows eval in development only", () => {
    expect(pageContentSecurityPolicy(nonce, { dev: false, https: true })).not.toContain("unsafe-eval");
    expect(directives(pageContentSecurityPolicy(nonce, { dev: true, https: false })).get("script-src")).toContain(
      "'unsafe-eval'",
    );
  });

  it("upgrades insecure subresources only when served over https", () => {
    expect(
      directives(pageContentSecurityPolicy(nonce, { dev: false, https: true })).has("upgrade-insecure-requests"),
    ).toBe(true);
    expect(
      directives(pageContentSecurityPolicy(nonce, { dev: false, https: false })).has("upgrade-insecure-requests"),
    ).toBe(false);
  });
});

describe("API and static headers", () => {
  it("lets nothing load, run or frame an API response", () => {
    expect(headersOf("/api/:path*")).toEqual({ "Content-Security-Policy": apiContentSecurityPolicy });
    const policy = directives(apiContentSecurityPolicy);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.has("script-src")).toBe(false);
  });

  it("denies framing and sniffing, trims referrers and switches off device features everywhere", () => {
    const headers = headersOf("/:path*");
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(headers["Permissions-Policy"]).toContain(`${feature}=()`);
    }
  });
});

describe("HSTS", () => {
  it("follows the configured public URL, whatever a request claims", () => {
    expect(isServedOverHttps("https://hub.example.com")).toBe(true);
    expect(isServedOverHttps(" HTTPS://hub.example.com ")).toBe(true);
    expect(isServedOverHttps("http://localhost:3000")).toBe(false);
    expect(isServedOverHttps(undefined)).toBe(false);
    expect(isServedOverHttps("")).toBe(false);
  });

  it("is sent with a page's CSP over https and left out over http", () => {
    const policy = pageContentSecurityPolicy(createNonce(), { dev: false, https: true });
    const https = pageSecurityHeaders(policy, true);
    expect(https).toContainEqual({ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" });
    expect(https).toContainEqual({ key: "Content-Security-Policy", value: policy });
    expect(pageSecurityHeaders(policy, false).map(({ key }) => key)).toEqual(["Content-Security-Policy"]);
  });
});
