import type { NextConfig } from "next";
import { staticHeaderRules } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and extension bundles from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "rate-limiter-flexible"],
  poweredByHeader: false,
  // Lets parallel e2e runs on one machine build into separate directories.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  typedRoutes: false,
  // On every response (assets included) and the API's CSP; proxy.ts adds each page's CSP and HSTS.
  async headers() {
    return staticHeaderRules;
  },
};

export default nextConfig;
