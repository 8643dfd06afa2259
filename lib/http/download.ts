// The headers of a file download (an import's error CSV, a work order's PDF): a Content-Disposition
// safe for any file name, never cached, never sniffed into something else, never a document that runs.
import { apiContentSecurityPolicy } from "@/lib/http/security-headers";

/** Content-Disposition for a download, safe for any file name. */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function downloadHeaders(contentType: string, filename: string): Record<string, string> {
  return {
    "Content-Type": contentType,
    "Content-Disposition": attachment(filename),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": apiContentSecurityPolicy,
  };
}
