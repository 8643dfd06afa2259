"use client";

import type { CSSProperties } from "react";
import { useTheme } from "next-themes";
import { Toaster as Sonner, type ToasterProps } from "sonner";

// Toasts follow the app's theme (next-themes: light, dark or the system's). On light backgrounds sonner's
// rich colors put text at 4.0–4.3:1 on its tinted toasts; these darker shades reach 5.3–6.2:1 (WCAG AA).
const lightRichText = {
  "--success-text": "hsl(140, 100%, 24%)",
  "--error-text": "hsl(360, 100%, 37%)",
  "--warning-text": "hsl(31, 92%, 30%)",
  "--info-text": "hsl(210, 92%, 37%)",
};

function Toaster(props: ToasterProps) {
  const { theme = "system", resolvedTheme } = useTheme();
  return (
    <Sonner
      theme={theme as ToasterProps["theme"]}
      className="toaster group"
      style={
        {
          "--normal-bg": "var(--popover)",
          "--normal-text": "var(--popover-foreground)",
          "--normal-border": "var(--border)",
          "--border-radius": "var(--radius)",
          ...(resolvedTheme === "dark" ? {} : lightRichText),
        } as CSSProperties
      }
      {...props}
    />
  );
}

export { Toaster };
