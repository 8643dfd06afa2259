// Page weight (issue 15): the customers list's HTML for a page of 25 rows, with the default columns, stays
// under 150 KB (only the shown fields cross the wire; repeated styles live in components/ui/slots.css).
import { expect, test } from "./support";

const MAX_BYTES = 150_000;

test("the customers list page is at most 150 KB of HTML for 25 rows", async ({ page }) => {
  const response = await page.request.get("/customers");
  expect(response.status()).toBe(200);
  const html = await response.text();
  // Every row streamed in: 25 customers' links (and the table's header row).
  expect(html.match(/href="\/customers\/[0-9a-f-]{36}"/g)?.length).toBeGreaterThanOrEqual(25);
  expect(Buffer.byteLength(html)).toBeLessThanOrEqual(MAX_BYTES);
});
