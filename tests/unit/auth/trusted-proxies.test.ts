import { describe, expect, it } from "vitest";
import { normalizeIp, parseTrustedProxies, resolveClientIp, resolveTrustedProxies } from "@/lib/http/client-ip";

describe("TRUSTED_PROXIES", () => {
  it.each([undefined, "", "  ", "0"])("trusts nothing for %j", (value) => {
    expect(parseTrustedProxies(value)).toEqual({ kind: "none" });
  });

  it.each([
    ["1", 1],
    [" 2 ", 2],
    ["10", 10],
  ])("reads %j as a hop count", (value, count) => {
    expect(parseTrustedProxies(value)).toEqual({ kind: "hops", count });
  });

  it("reads a comma list of IPs and CIDR ranges, IPv4 and IPv6", () => {
    const trust = parseTrustedProxies("10.0.0.0/8, 192.0.2.7,fd00::/8, ::1, [2001:db8::1]");
    expect(trust).toMatchObject({
      kind: "cidrs",
      entries: ["10.0.0.0/8", "192.0.2.7", "fd00::/8", "::1", "[2001:db8::1]"],
    });
    if (trust.kind !== "cidrs") throw new Error("expected CIDRs");
    expect(trust.list.check("10.200.3.4", "ipv4")).toBe(true);
    expect(trust.list.check("192.0.2.7", "ipv4")).toBe(true);
    expect(trust.list.check("192.0.2.8", "ipv4")).toBe(false);
    expect(trust.list.check("fd12::5", "ipv6")).toBe(true);
    expect(trust.list.check("2001:db8::1", "ipv6")).toBe(true);
  });

  it.each([
    ["11", /11 hops is more than 10/],
    ["-1", /"-1" is not an IP address or CIDR range/],
    ["1.5", /"1\.5" is not an IP address or CIDR range/],
    ["true", /"true" is not an IP address or CIDR range/],
    ["loopback", /"loopback" is not/],
    ["10.0.0.0/33", /"10\.0\.0\.0\/33" is not/],
    ["fd00::/129", /"fd00::\/129" is not/],
    ["10.0.0.0/", /"10\.0\.0\.0\/" is not/],
    ["10.0.0.0/8/1", /is not/],
    ["10.0.0.256", /is not/],
    ["10.0.0.0/8,", /"" is not/],
    ["1,10.0.0.0/8", /"1" is not/],
    ["*", /"\*" is not/],
  ])("refuses %j with a message naming the setting", (value, message) => {
    expect(() => parseTrustedProxies(value)).toThrow(message);
    expect(() => parseTrustedProxies(value)).toThrow(/^TRUSTED_PROXIES: .*Use a hop count/);
  });

  it("parses the environment once per value and fails on a bad one", () => {
    const first = resolveTrustedProxies({ TRUSTED_PROXIES: "2" });
    expect(resolveTrustedProxies({ TRUSTED_PROXIES: "2" })).toBe(first);
    expect(resolveTrustedProxies({})).toEqual({ kind: "none" });
    expect(() => resolveTrustedProxies({ TRUSTED_PROXIES: "10.0.0.0/99" })).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("resolveClientIp", () => {
  const xff = "198.51.100.1, 203.0.113.9, 10.0.0.2";

  it("is the socket peer when nothing is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientIp("192.0.2.50", xff, parseTrustedProxies(undefined))).toBe("192.0.2.50");
  });

  it("counts hops from the right: the peer is hop 0", () => {
    expect(resolveClientIp("10.0.0.1", xff, parseTrustedProxies("1"))).toBe("10.0.0.2");
    expect(resolveClientIp("10.0.0.1", xff, parseTrustedProxies("2"))).toBe("203.0.113.9");
    expect(resolveClientIp("10.0.0.1", xff, parseTrustedProxies("3"))).toBe("198.51.100.1");
    // Fewer hops than proxies (the request did not pass all of them): the farthest one there is.
    expect(resolveClientIp("10.0.0.1", xff, parseTrustedProxies("5"))).toBe("198.51.100.1");
    expect(resolveClientIp("10.0.0.1", null, parseTrustedProxies("1"))).toBe("10.0.0.1");
    // A hop that is not an address identifies nobody: the proxy that wrote it stands in.
    expect(resolveClientIp("10.0.0.1", "garbage", parseTrustedProxies("1"))).toBe("10.0.0.1");
  });

  it("walks CIDRs from the socket peer, which must itself be trusted", () => {
    const trust = parseTrustedProxies("10.0.0.0/8");
    expect(resolveClientIp("10.0.0.1", xff, trust)).toBe("203.0.113.9");
    expect(resolveClientIp("192.0.2.50", xff, trust)).toBe("192.0.2.50");
    expect(resolveClientIp("10.0.0.1", "10.1.1.1, 10.2.2.2", trust)).toBe("10.1.1.1");
    expect(resolveClientIp("10.0.0.1", "not-an-ip, 10.2.2.2", trust)).toBe("10.2.2.2");
    expect(resolveClientIp("10.0.0.1", "", trust)).toBe("10.0.0.1");
    expect(resolveClientIp("10.0.0.1", "::ffff:203.0.113.4", trust)).toBe("203.0.113.4");
  });

  it("normalizes addresses", () => {
    expect(normalizeIp("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeIp("[2001:DB8::1]")).toBe("2001:db8::1");
    expect(normalizeIp("203.0.113.7:443")).toBeNull();
    expect(normalizeIp("unknown")).toBeNull();
  });
});
