// GET: the printable work order as a PDF download, for the signed-in member (the session, through the
// same data layer as the print view); another organization's or an unknown id is a 404.
import { requireCtx } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { downloadHeaders } from "@/lib/http/download";
import { getWorkOrderDocument } from "@/lib/work-orders/document";
import { renderWorkOrderPdf } from "@/lib/work-orders/pdf";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx();
  try {
    const document = await getWorkOrderDocument(ctx, (await params).id);
    const pdf = await renderWorkOrderPdf(document);
    return new Response(new Uint8Array(pdf), {
      headers: downloadHeaders("application/pdf", `${document.number}.pdf`),
    });
  } catch (error) {
    if (!isAppError(error) || error.code !== "NOT_FOUND") throw error;
    return new Response("Work order not found.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}
