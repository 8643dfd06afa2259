// A browser in Chicago (en-US): times in Central time, the due date on its day. See ./time-zones.ts.
import { test } from "./support";
import { expectBrowserZone, expectCleanPages, type Expected } from "./time-zones";

test.use({ timezoneId: "America/Chicago", locale: "en-US" });

const expected: Expected = { timeZone: "America/Chicago", created: "Jan 15, 2026, 7:00 AM", due: "Mar 1, 2026" };

test("the browser's zone is taken on first sign-in; times show in it, due dates on their day", async ({ page, org }) =>
  expectBrowserZone(page, org, expected));

test("every page renders without console errors", async ({ page, org }) => expectCleanPages(page, org, expected));
