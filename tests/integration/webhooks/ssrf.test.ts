// The SSRF guard: private, loopback, link-local and unique-local targets (IPv4, IPv6, IPv4-mapped) are
// refused before any request, whether written literally or reached through DNS; redirects are never followed.
import { randomUUID } from "node:crypto";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { isBlockedAddress } from "@/lib/webhooks/addresses";
import { createWebhookEndpoint, sendTestWebhook } from "@/lib/webhooks/mutations";
import { refusedTarget } from "@/lib/webhooks/send";
import { makeOrgWithRoles } from "@/tests/factories";
import { publicResolve } from "./helpers";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe("the webhook SSRF guard", () => {
  it.each([
    "127.0.0.1",
    "10.0.0.5",
    "172.16.3.4",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "::",
    "fe80::1",
    "fd12:3456::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:169.254.169.254",
  ])("blocks %s", (ip) => expect(isBlockedAddress(ip)).toBe(true));

  it.each(["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])("allows %s", (ip) =>
    expect(isBlockedAddress(ip)).toBe(false),
  );

  it("refuses a host that resolves to a private or IPv4-mapped loopback address", async () => {
    const url = new URL("https://internal.example.com/hook");
    expect(await refusedTarget(url, async () => ["93.184.216.34", "10.0.0.8"])).toMatch(/private address/);
    expect(await refusedTarget(url, async () => ["::ffff:127.0.0.1"])).toMatch(/private address/);
    expect(await refusedTarget(url, publicResolve)).toBeNull();
  });

  it("does not follow a redirect (here to the metadata address): the delivery fails", async () => {
    const { admin } = await makeOrgWithRoles();
    const url = `https://hooks-${randomUUID().slice(0, 8)}.example.com/in`;
    let metadataHit = false;
    server.use(
      http.post(url, () => new HttpResponse(null, { status: 307, headers: { location: "http://169.254.169.254/" } })),
      http.all("http://169.254.169.254/*", () => {
        metadataHit = true;
        return new HttpResponse("secret");
      }),
    );
    const { endpoint } = await createWebhookEndpoint(admin, { url });
    const delivery = await sendTestWebhook(admin, endpoint.id, { resolve: publicResolve });
    expect(delivery).toMatchObject({ status: "failed", responseCode: 307 });
    expect(delivery.error).toMatch(/Redirects are not followed/);
    expect(metadataHit).toBe(false);
  });

  it("refuses to send when DNS points the endpoint at a private address", async () => {
    const { admin } = await makeOrgWithRoles();
    const { endpoint } = await createWebhookEndpoint(admin, { url: "https://rebound.example.com/in" });
    const delivery = await sendTestWebhook(admin, endpoint.id, { resolve: async () => ["192.168.0.10"] });
    expect(delivery).toMatchObject({ status: "failed", responseCode: null });
    expect(delivery.error).toMatch(/private address/);
  });
});
