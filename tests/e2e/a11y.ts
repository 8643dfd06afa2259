// Accessibility and layout checks every spec can run on the page it has open (and on open states:
// a popover, a menu, a dialog): axe with the WCAG 2.2 A/AA rules, failing on serious and critical
// violations, and the page's width against the viewport's. The viewports are the ones the product is
// built for: a small phone, the phone on the hangar floor, a tablet and a laptop.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const viewports = {
  smallPhone: { width: 360, height: 740 },
  phone: { width: 390, height: 844 },
  tablet: { width: 768, height: 1024 },
  laptop: { width: 1280, height: 800 },
} as const;

interface AxeOptions {
  /** Only this part of the page (a CSS selector), e.g. an open popover. */
  include?: string;
  /** Rules to leave out, each with the reason in the calling test. */
  disableRules?: string[];
}

/** Runs axe on the page as it is now; fails listing every serious or critical violation. */
export async function expectNoA11yViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  // Let finite animations and transitions end first (a toast fading in measures as faint text); at most 2 s.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
          .map((animation) => animation.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]),
  );
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
  if (options.include) builder = builder.include(options.include);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const { violations } = await builder.analyze();
  const blocking = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(" ")} — ${node.failureSummary ?? ""}`),
    }));
  expect(blocking, `axe on ${page.url()}`).toEqual([]);
}

/** The document is no wider than the viewport: nothing makes the whole page scroll sideways. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
    const root = document.documentElement;
    // The element that sticks out furthest, so a failure names the culprit.
    let widest = "";
    let right = root.clientWidth;
    // Content inside its own scroll container (a wide table in an overflow-x-auto box) does not widen the page.
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== "visible") return true;
      }
      return false;
    };
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      const box = element.getBoundingClientRect();
      if (box.right > right + 1 && clipped(element)) continue;
      if (box.right > right + 1) {
        right = box.right;
        widest = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}.${String(element.className).slice(0, 80)} (right edge ${Math.round(box.right)})`;
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  });
  expect(scrollWidth, `page scrolls sideways on ${page.url()}; widest: ${widest}`).toBeLessThanOrEqual(clientWidth);
}
