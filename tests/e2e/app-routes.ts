// The app's page routes, read from the app directory, so a spec that walks every page covers a new
// one without editing a list: "/customers", "/customers/[id]/edit", "/invite/[id]".
import { readdirSync } from "node:fs";
import path from "node:path";

const appDir = path.join(import.meta.dirname, "..", "..", "app");

export function pageRoutes(group?: string): string[] {
  return (
    readdirSync(appDir, { recursive: true, encoding: "utf8" })
      .filter((file) => !file.startsWith(`api${path.sep}`))
      .filter((file) => path.basename(file) === "page.tsx")
      .map((file) => path.dirname(file).split(path.sep))
      // Only the pages of one route group, e.g. "(auth)".
      .filter((segments) => group === undefined || segments[0] === group)
      .filter((segments) => !segments.some((segment) => segment.startsWith("_")))
      // Route groups and parallel-route slots are not part of the URL.
      .map((segments) => `/${segments.filter((segment) => !/^\(.*\)$|^@|^\.$/.test(segment)).join("/")}`)
      .sort()
  );
}

/** The routes with a dynamic segment. */
export const dynamicPageRoutes = (): string[] => pageRoutes().filter((route) => route.includes("["));
