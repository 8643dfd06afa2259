import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and extension bundles from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "rate-limiter-flexible"],
  poweredByHeader: false,
  // Lets parallel e2e runs on one machine build into separate directories.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  typedRoutes: false,
  // On every response, Next.js assets included; proxy.ts adds the CSP (and HSTS) per request.
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders }];
  },
};

export default nextConfig;
