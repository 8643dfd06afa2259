// Which address a request comes from: the TCP peer, or — only when TRUSTED_PROXIES says so — the hop a
// trusted reverse proxy reports in X-Forwarded-For. No header a client can send is trusted by default.
import { randomBytes } from "node:crypto";
import { channel, subscribe, type Channel } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { BlockList, isIP, type Socket } from "node:net";

/** none: the socket peer; hops: that many proxies append to XFF; cidrs: proxies at these addresses. */
export type TrustedProxies =
  { kind: "none" } | { kind: "hops"; count: number } | { kind: "cidrs"; list: BlockList; entries: string[] };

const MAX_HOPS = 10;
const USAGE =
  "Use a hop count (TRUSTED_PROXIES=1) or a comma list of proxy IPs/CIDRs (TRUSTED_PROXIES=10.0.0.0/8,192.0.2.7).";

/** A plain IPv4 for IPv4-mapped IPv6 ("::ffff:192.0.2.1" → "192.0.2.1"); null when not an IP. */
export function normalizeIp(value: string): string | null {
  const address = value.trim().replace(/^\[(.*)\]$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped && isIP(mapped) === 4) return mapped;
  const version = isIP(address);
  if (version === 4) return address;
  return version === 6 ? address.toLowerCase() : null;
}

function parseProxyEntry(entry: string, list: BlockList): void {
  const [address = "", prefix, ...rest] = entry.split("/");
  const ip = normalizeIp(address);
  const family = ip && isIP(ip) === 4 ? "ipv4" : "ipv6";
  const maxPrefix = family === "ipv4" ? 32 : 128;
  const bits = prefix === undefined ? maxPrefix : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
  if (!ip || rest.length > 0 || !(bits >= 0 && bits <= maxPrefix)) {
    throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range. ${USAGE}`);
  }
  list.addSubnet(ip, bits, family);
}

/** Parses TRUSTED_PROXIES; a value that is neither a hop count nor a list of IPs/CIDRs throws. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const raw = value?.trim() ?? "";
  if (raw === "") return { kind: "none" };
  if (/^\d+$/.test(raw)) {
    const count = Number(raw);
    if (count > MAX_HOPS) throw new Error(`TRUSTED_PROXIES: ${raw} hops is more than ${MAX_HOPS}. ${USAGE}`);
    return count === 0 ? { kind: "none" } : { kind: "hops", count };
  }
  const entries = raw.split(",").map((entry) => entry.trim());
  const list = new BlockList();
  for (const entry of entries) parseProxyEntry(entry, list);
  return { kind: "cidrs", list, entries };
}

let parsed: { raw: string | undefined; trust: TrustedProxies } | undefined;

/** TRUSTED_PROXIES from the environment, parsed once (instrumentation calls it at start to fail early). */
export function resolveTrustedProxies(env: Record<string, string | undefined> = process.env): TrustedProxies {
  if (!parsed || parsed.raw !== env.TRUSTED_PROXIES) {
    parsed = { raw: env.TRUSTED_PROXIES, trust: parseTrustedProxies(env.TRUSTED_PROXIES) };
  }
  return parsed.trust;
}

function isTrustedProxy(address: string, list: BlockList): boolean {
  return list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * The client address for a connection from `peer` carrying `forwardedFor`. Hops: the chain read from
 * the right (peer first) and the entry `count` steps in (or the farthest one there is). CIDRs: the
 * first address from the right that is not a trusted proxy, starting at the peer.
 */
export function resolveClientIp(peer: string, forwardedFor: string | null, trust: TrustedProxies): string {
  if (trust.kind === "none") return peer;
  const forwarded = (forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const chain = [peer, ...forwarded.reverse()];
  if (trust.kind === "hops") {
    const index = Math.min(trust.count, chain.length - 1);
    // An entry a proxy wrote that is not an address identifies nobody: keep the proxy that wrote it.
    for (let i = index; i >= 0; i--) {
      const address = normalizeIp(chain[i]!);
      if (address) return address;
    }
    return peer;
  }
  let client = peer;
  for (const hop of chain.slice(1)) {
    if (!isTrustedProxy(client, trust.list)) return client;
    const address = normalizeIp(hop);
    if (!address) return client;
    client = address;
  }
  return client;
}

// The socket peer and the X-Forwarded-For it sent, recorded by the HTTP server before Next.js sees the
// request (Next.js fills X-Forwarded-For from the socket only when the client sent none). The header
// carries a per-process secret, so a client-sent copy is never believed, even if it slipped in before
// the recorder started.
export const RECEIVED_FROM_HEADER = "x-customer-hub-received-from";
const REQUEST_START = "http.server.request.start";
const recorderKey = Symbol.for("customer-hub.received-from");
// The channel is kept referenced so its subscriber lives as long as the process.
type Recorder = { secret: string; channel: Channel };
const globalRecorder = globalThis as typeof globalThis & { [recorderKey]?: Recorder };

interface RequestStart {
  request: IncomingMessage;
  socket: Socket;
}

/** Records every HTTP request's socket peer (process-wide, once), overwriting any client-sent copy. */
export function recordSocketPeers(): void {
  if (globalRecorder[recorderKey]) return;
  const recorder: Recorder = { secret: randomBytes(16).toString("hex"), channel: channel(REQUEST_START) };
  globalRecorder[recorderKey] = recorder;
  subscribe(REQUEST_START, (message) => {
    const { request, socket } = message as RequestStart;
    const xff = request.headers["x-forwarded-for"];
    const forwarded = Array.isArray(xff) ? xff.join(", ") : (xff ?? "");
    request.headers[RECEIVED_FROM_HEADER] = `${recorder.secret} ${socket.remoteAddress ?? "-"} ${forwarded}`;
  });
}

/** The socket peer and its X-Forwarded-For as recorded by recordSocketPeers; null when unrecorded. */
function readReceivedFrom(headers: Headers): { peer: string; forwardedFor: string } | null {
  const recorder = globalRecorder[recorderKey];
  const value = headers.get(RECEIVED_FROM_HEADER);
  if (!recorder || !value) return null;
  const [secret, peer = "", ...forwarded] = value.split(" ");
  const address = normalizeIp(peer);
  return secret === recorder.secret && address ? { peer: address, forwardedFor: forwarded.join(" ") } : null;
}

/** Requests whose peer is unknown (none recorded) share one bucket rather than trusting a header. */
const UNKNOWN_CLIENT_IP = "unknown";

/** The client address of a request handled by this process (route handler, server action, page). */
export function getClientIp(headers: Headers, trust: TrustedProxies = resolveTrustedProxies()): string {
  const received = readReceivedFrom(headers);
  return received ? resolveClientIp(received.peer, received.forwardedFor, trust) : UNKNOWN_CLIENT_IP;
}
