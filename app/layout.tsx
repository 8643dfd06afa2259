// Root layout: Geist fonts, global styles, the toast outlet and the hydration marker shared by every
// page. Every page renders per request, because each carries its own CSP script nonce (proxy.ts), which
// a prerendered page (such as the built-in 404) could not.
import type { Metadata } from "next";
import { connection } from "next/server";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import { HydrationMarker } from "@/components/hooks/use-is-hydrated";
import { Toaster } from "@/components/ui/sonner";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Customer Hub", template: "%s · Customer Hub" },
  description: "Customer management for maintenance shops and distributors.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        {children}
        <Toaster richColors closeButton />
        <HydrationMarker />
      </body>
    </html>
  );
}
