// The export's file name carries the organization's today (its default time zone), whoever downloads it.
import { describe, expect, it } from "vitest";
import { exportCustomers } from "@/lib/customers/export/stream";
import { parseExportRequest } from "@/lib/customers/export/schemas";
import { ctxFor, makeOrg, makeUser } from "@/tests/factories";

async function filenameAt(defaultTimeZone: string, now: string) {
  const org = await makeOrg({ defaultTimeZone });
  // The downloader's own zone is not the organization's: it must not matter.
  const user = await makeUser(org.id, "staff", { timeZone: "America/Chicago" });
  const file = await exportCustomers(ctxFor(org.id, user.id, "staff"), parseExportRequest(new URLSearchParams()), {
    now: new Date(now),
  });
  await file.body.cancel();
  return file.filename;
}

describe("export file name", () => {
  it("is dated in the organization's time zone", async () => {
    expect(await filenameAt("Pacific/Kiritimati", "2026-03-01T12:00:00Z")).toBe("customers-2026-03-02.csv");
    expect(await filenameAt("Pacific/Pago_Pago", "2026-03-01T05:00:00Z")).toBe("customers-2026-02-28.csv");
    expect(await filenameAt("UTC", "2026-03-01T05:00:00Z")).toBe("customers-2026-03-01.csv");
  });
});
