// `npm run screenshots`: signs in to the demo organization of a running server (SCREENSHOT_BASE_URL,
// default http://localhost:3000, seeded with `npm run db:seed`) and writes docs/screenshots/:
// desktop.png (the customers list), tablet.png (a customer's page), phone.png (the list, the customer
// and a work order side by side) and dark.png (the work order in dark mode).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { demoAdmin } from "@/lib/auth/demo-credentials";

const baseURL = process.env.SCREENSHOT_BASE_URL ?? "http://localhost:3000";
const outDir = path.join(import.meta.dirname, "..", "docs", "screenshots");
const viewports = {
  desktop: { width: 1280, height: 800 },
  tablet: { width: 768, height: 1024 },
  phone: { width: 390, height: 844 },
} as const;

async function signedInContext(
  browser: Browser,
  viewport: { width: number; height: number },
  colorScheme: "light" | "dark",
) {
  const context = await browser.newContext({
    baseURL,
    viewport,
    colorScheme,
    locale: "en-US",
    timezoneId: "America/New_York",
    deviceScaleFactor: 1,
  });
  const response = await context.request.post("/api/auth/sign-in/email", {
    data: { email: demoAdmin.email, password: demoAdmin.password },
    headers: { Origin: baseURL },
  });
  if (!response.ok()) {
    throw new Error(`Sign-in as ${demoAdmin.email} failed (${response.status()}): is ${baseURL} seeded with the demo?`);
  }
  return context;
}

/** Opens `url` and waits for the page to be hydrated and idle (fonts and the table loaded). */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator("html[data-hydrated='true']").waitFor();
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready);
}

/** The demo's pages to show: an in-progress work order that bills a customer, and that customer. */
async function findPages(context: BrowserContext) {
  const page = await context.newPage();
  await open(page, "/work-orders?status=in_progress");
  const workOrders = await page
    .locator("main a[href^='/work-orders/']")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  for (const workOrder of workOrders.filter((href) => /^\/work-orders\/[0-9a-f-]{36}$/.test(href))) {
    await open(page, workOrder);
    const customer = page.locator("main a[href^='/customers/']");
    if ((await customer.count()) === 0) continue;
    const href = await customer.first().getAttribute("href");
    await page.close();
    return { list: "/customers", customer: href!, workOrder };
  }
  throw new Error("No in-progress work order with a customer in the demo organization.");
}

async function shoot(context: BrowserContext, url: string): Promise<Buffer> {
  const page = await context.newPage();
  await open(page, url);
  const image = await page.screenshot();
  await page.close();
  return image;
}

/** Lays screenshots side by side on a neutral background, rendered by the browser itself. */
async function sideBySide(browser: Browser, images: Buffer[], size: { width: number; height: number }) {
  const gap = 24;
  const width = images.length * size.width + (images.length + 1) * gap;
  const page = await browser.newPage({ viewport: { width, height: size.height + 2 * gap }, deviceScaleFactor: 1 });
  const tags = images.map((image) => `<img src="data:image/png;base64,${image.toString("base64")}">`).join("");
  await page.setContent(
    `<body style="margin:0;padding:${gap}px;display:flex;gap:${gap}px;background:#e4e4e7">${tags}</body>`,
  );
  await page.evaluate(() => Promise.all(Array.from(document.images, (img) => img.decode())));
  const composite = await page.screenshot();
  await page.close();
  return composite;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
try {
  await mkdir(outDir, { recursive: true });
  const light = await signedInContext(browser, viewports.desktop, "light");
  const pages = await findPages(light);
  const files: Record<string, Buffer> = {};
  files.desktop = await shoot(light, pages.list);
  await light.close();

  const tablet = await signedInContext(browser, viewports.tablet, "light");
  files.tablet = await shoot(tablet, pages.customer);
  await tablet.close();

  const phone = await signedInContext(browser, viewports.phone, "light");
  const phoneShots = [];
  for (const url of [pages.list, pages.customer, pages.workOrder]) phoneShots.push(await shoot(phone, url));
  await phone.close();
  files.phone = await sideBySide(browser, phoneShots, viewports.phone);

  const dark = await signedInContext(browser, viewports.desktop, "dark");
  files.dark = await shoot(dark, pages.workOrder);
  await dark.close();

  for (const [name, image] of Object.entries(files)) {
    const file = path.join(outDir, `${name}.png`);
    await writeFile(file, image);
    console.info(`[screenshots] ${path.relative(process.cwd(), file)} (${Math.round(image.length / 1024)} KB)`);
  }
} finally {
  await browser.close();
}
