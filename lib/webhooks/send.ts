import "server-only";
// One outbound webhook request: the SSRF guard (the host must resolve to public addresses only, unless
// WEBHOOKS_ALLOW_PRIVATE=true), Standard Webhooks signing, no redirects followed, a timeout.
import { lookup as dnsLookup } from "node:dns/promises";
import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { isBlockedAddress, isBlockedHostLiteral } from "@/lib/webhooks/addresses";
import { webhooksAllowPrivate } from "@/lib/webhooks/schemas";

const WEBHOOK_TIMEOUT_MS = 10_000;

/** Every address a hostname resolves to (tests pass their own). */
export type ResolveHost = (hostname: string) => Promise<string[]>;

const resolveWithDns: ResolveHost = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

export interface SendResult {
  ok: boolean;
  responseCode: number | null;
  durationMs: number;
  error: string | null;
}

/** A new signing secret in the Standard Webhooks form: `whsec_` + base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

/** Why `url` may not be called, or null. DNS is asked here, at send time, not only when the URL was saved. */
export async function refusedTarget(url: URL, resolve: ResolveHost = resolveWithDns): Promise<string | null> {
  if (webhooksAllowPrivate()) return null;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isBlockedHostLiteral(host)) return `Refused: ${host} is a private, loopback or link-local address.`;
  if (/^[\d.]+$/.test(host) || host.includes(":")) return null;
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch (error) {
    return `Could not resolve ${host}: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (addresses.length === 0) return `Could not resolve ${host}.`;
  const blocked = addresses.find(isBlockedAddress);
  return blocked ? `Refused: ${host} resolves to a private address (${blocked}).` : null;
}

export async function sendWebhook(input: {
  url: string;
  secret: string;
  messageId: string;
  body: string;
  resolve?: ResolveHost;
}): Promise<SendResult> {
  const started = performance.now();
  const result = (ok: boolean, responseCode: number | null, error: string | null): SendResult => ({
    ok,
    responseCode,
    durationMs: Math.round(performance.now() - started),
    error,
  });
  const url = new URL(input.url);
  const refused = await refusedTarget(url, input.resolve);
  if (refused) return result(false, null, refused);
  const sentAt = new Date();
  const signature = new Webhook(input.secret).sign(input.messageId, sentAt, input.body);
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "CustomerHub-Webhooks/1",
        "webhook-id": input.messageId,
        "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
        "webhook-signature": signature,
      },
      body: input.body,
      redirect: "manual",
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return result(true, response.status, null);
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get("location") ?? "";
      return result(false, response.status, `Redirects are not followed (to ${location.slice(0, 300)}).`);
    }
    return result(false, response.status, `The endpoint answered HTTP ${response.status}.`);
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    return result(
      false,
      null,
      timedOut
        ? `No answer within ${WEBHOOK_TIMEOUT_MS / 1000} s.`
        : `Request failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 1000),
    );
  }
}
