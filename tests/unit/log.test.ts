// The structured logger keeps personal data and secrets out of every line, and tags each line with the
// request it belongs to.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, newRequestId, scrubText, withRequestId } from "@/lib/log";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: createLogger(stream, "debug"), lines, parsed: () => lines.map((line) => JSON.parse(line)) };
}

const pii = {
  email: "ana.mueller@example.com",
  phone: "+1 (865) 555-0142",
  name: "Ana Müller",
  street: "12 Linden Lane",
  city: "Knoxville",
  taxId: "ATU12345678",
  cookie: "better-auth.session_token=abc123def456",
  apiKey: "chub_KIlkSdf1Wq28VRaZdyYlnDc8snjm5iwEexsN0A8H",
};

describe("logger", () => {
  it("logs a request and an error carrying personal data without any of it", () => {
    const { logger, lines, parsed } = capture();
    const requestId = newRequestId();
    withRequestId(requestId, () => {
      logger.info(
        {
          req: {
            method: "POST",
            path: "/api/v1/customers",
            headers: { authorization: `Bearer ${pii.apiKey}`, cookie: pii.cookie, "user-agent": "curl/8" },
            body: {
              name: pii.name,
              email: pii.email,
              phone: pii.phone,
              addressLine1: pii.street,
              city: pii.city,
              taxId: pii.taxId,
              contacts: [{ firstName: "Ana", lastName: "Müller", email: pii.email, mobile: pii.phone }],
            },
          },
        },
        "api.request",
      );
      const error = new Error(
        `duplicate key value violates unique constraint: Key (email)=(${pii.email}) already exists; caller ${pii.phone}`,
      );
      logger.error({ err: error, input: { email: pii.email } }, `customer.create failed for ${pii.email}`);
      logger.warn(`retrying with Authorization: Bearer ${pii.apiKey}`);
    });
    const output = lines.join("\n");
    expect(lines).toHaveLength(3);
    for (const secret of [...Object.values(pii), "865", "555-0142", "Müller", "abc123def456", "Linden"]) {
      expect(output).not.toContain(secret);
    }
    const [request, failure] = parsed();
    expect(parsed().every((line) => line.requestId === requestId)).toBe(true);
    expect(request).toMatchObject({
      level: "info",
      msg: "api.request",
      req: { method: "POST", path: "/api/v1/customers", headers: { "user-agent": "curl/8" } },
    });
    expect(failure.err.message).toContain("duplicate key value violates unique constraint");
    expect(failure.err.stack).toContain("log.test.ts");
  });

  it("keeps ids, times and ordinary numbers readable", () => {
    const { logger, parsed } = capture();
    const jobId = "01a24881-f7c9-71ec-a2e1-016d22ee1234";
    logger.info({ jobId, processed: 1234567, at: "2026-12-06T00:05:01.123Z", step: "names" }, "scan step done");
    expect(parsed()[0]).toMatchObject({ jobId, processed: 1234567, at: "2026-12-06T00:05:01.123Z", step: "names" });
    expect(parsed()[0].requestId).toBeUndefined();
  });

  it("masks emails, phone numbers and keys inside text", () => {
    expect(scrubText("mail ana@example.co.uk or call 0316 12 34 56, key chub_abc_DEF-1")).toBe(
      "mail [redacted] or call [redacted], key [redacted]",
    );
    expect(scrubText("request 6c53ea89-8a25-4b10-911f-933237123456 took 1234 ms")).toBe(
      "request 6c53ea89-8a25-4b10-911f-933237123456 took 1234 ms",
    );
  });
});
