// A browser in Berlin with German formats (de-DE): times in Central European time written the German way,
// the due date on the same day as in Chicago. See ./time-zones.ts.
import { test } from "./support";
import { expectBrowserZone, expectCleanPages, type Expected } from "./time-zones";

test.use({ timezoneId: "Europe/Berlin", locale: "de-DE" });

const expected: Expected = { timeZone: "Europe/Berlin", created: "15.01.2026, 14:00", due: "01.03.2026" };

test("the browser's zone is taken on first sign-in; times show in it, due dates on their day", async ({ page, org }) =>
  expectBrowserZone(page, org, expected));

test("every page renders without console errors", async ({ page, org }) => expectCleanPages(page, org, expected));
