// Root layout: Geist fonts, global styles, the colour theme, the toast outlet and the hydration marker
// shared by every page. Every page renders per request, because each carries its own CSP script nonce
// (proxy.ts), which a prerendered page (such as the built-in 404) could not.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { ThemeProvider } from "next-themes";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import { HydrationMarker } from "@/components/hooks/use-is-hydrated";
import { Toaster } from "@/components/ui/sonner";
import { nonceFromPolicy } from "@/lib/http/security-headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Customer Hub", template: "%s · Customer Hub" },
  description: "Customer management for maintenance shops and distributors.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  // next-themes sets the theme class before first paint with an inline script, which the CSP runs only with this nonce.
  const nonce = nonceFromPolicy((await headers()).get("content-security-policy"));
  return (
    // suppressHydrationWarning: that script changes <html>'s class and color-scheme before React hydrates.
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`} suppressHydrationWarning>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
          {children}
          <Toaster richColors closeButton />
        </ThemeProvider>
        <HydrationMarker />
      </body>
    </html>
  );
}
