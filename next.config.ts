import type { NextConfig } from "next";
import { staticHeaderRules } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and extension bundles from node_modules at run time; so does pdfkit its fonts.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pino",
    "pglite-prisma-adapter",
    "pg",
    "rate-limiter-flexible",
    "pdfkit",
    // lib/imports/parse/unzipper-end.ts patches the unzipper copy exceljs loads; bundled, each would load its own.
    "exceljs",
    "unzipper",
    // The event relay's NATS client, loaded only when EVENTS_NATS_URL is set (lib/events/broker.ts).
    "@nats-io/transport-node",
    "@nats-io/jetstream",
  ],
  poweredByHeader: false,
  // Lets parallel e2e runs on one machine build into separate directories.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  typedRoutes: false,
  // forbidden(): a page a role may not open answers 403 with app/(app)/forbidden.tsx.
  experimental: { authInterrupts: true },
  // On every response (assets included) and the API's CSP; proxy.ts adds each page's CSP and HSTS.
  async headers() {
    return staticHeaderRules;
  },
};

export default nextConfig;
