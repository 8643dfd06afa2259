import "server-only";
// The printable work order as a PDF (the print view's document, drawn with pdfkit): Geist from the
// geist package in node_modules for every script it covers — no network — or the built-in Helvetica.
import { existsSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { DocumentField, WorkOrderDocument } from "@/lib/work-orders/document";

const fontDir = path.join(process.cwd(), "node_modules", "geist", "dist", "fonts", "geist-sans");
const geist = { regular: path.join(fontDir, "Geist-Regular.ttf"), bold: path.join(fontDir, "Geist-SemiBold.ttf") };
const MARGIN = 50;
const GAP = 24;
const ink = { text: "#0a0a0a", muted: "#525252", rule: "#a3a3a3" };

/** US-style Letter where people print on it, A4 everywhere else. */
const paperFor = (locale: string) => (/-(US|CA|MX|PH)\b/i.test(locale) ? "LETTER" : "A4");

type TextStyle = { size?: number; bold?: boolean; color?: string; align?: "left" | "right" };

/** Draws in columns from a top edge and tells how far down each went (pdfkit's own cursor is one column). */
class Sheet {
  readonly pdf: PDFDocument;
  private readonly fonts: { regular: string; bold: string };

  constructor(pdf: PDFDocument) {
    this.pdf = pdf;
    if (existsSync(geist.regular) && existsSync(geist.bold)) {
      pdf.registerFont("regular", geist.regular).registerFont("bold", geist.bold);
      this.fonts = { regular: "regular", bold: "bold" };
    } else {
      this.fonts = { regular: "Helvetica", bold: "Helvetica-Bold" };
    }
  }

  get left() {
    return this.pdf.page.margins.left;
  }

  get width() {
    return this.pdf.page.width - this.pdf.page.margins.left - this.pdf.page.margins.right;
  }

  /** Writes `text` at (x, y) within `width`; returns the y below it. */
  write(text: string, x: number, y: number, width: number, style: TextStyle) {
    this.pdf
      .font(style.bold ? this.fonts.bold : this.fonts.regular)
      .fontSize(style.size ?? 10)
      .fillColor(style.color ?? ink.text);
    const options = { width, lineGap: 2, align: style.align ?? "left" } as const;
    const height = this.pdf.heightOfString(text, options);
    this.pdf.text(text, x, y, options);
    return y + height;
  }

  rule(y: number, weight = 0.75, color = ink.rule) {
    this.pdf
      .lineWidth(weight)
      .strokeColor(color)
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .stroke();
  }

  /** A section title with a rule under it, on a new page when fewer than `keep` points are left. */
  heading(title: string, x: number, y: number, width: number, keep = 60) {
    let top = y;
    if (top + keep > this.pdf.page.height - this.pdf.page.margins.bottom) {
      this.pdf.addPage();
      top = this.pdf.page.margins.top;
    }
    const below = this.write(title.toUpperCase(), x, top, width, { size: 8, bold: true, color: ink.muted });
    this.pdf
      .lineWidth(0.5)
      .strokeColor(ink.rule)
      .moveTo(x, below + 2)
      .lineTo(x + width, below + 2)
      .stroke();
    return below + 8;
  }

  fields(fields: DocumentField[], x: number, y: number, width: number) {
    const labelWidth = Math.min(110, width * 0.4);
    let top = y;
    for (const field of fields) {
      const labelBottom = this.write(field.label, x, top, labelWidth - 6, { color: ink.muted });
      const valueBottom = this.write(field.value, x + labelWidth, top, width - labelWidth, { bold: true });
      top = Math.max(labelBottom, valueBottom) + 2;
    }
    return top;
  }
}

function drawHeader(sheet: Sheet, doc: WorkOrderDocument, top: number) {
  const half = sheet.width / 2;
  const leftBottom = sheet.write(doc.shopName, sheet.left, top, half, { size: 16, bold: true });
  const centerBottom = sheet.write(doc.serviceCenter, sheet.left, leftBottom + 2, half, { color: ink.muted });
  const right = sheet.left + half;
  const titleStyle = { size: 8, bold: true, color: ink.muted, align: "right" } as const;
  const titleBottom = sheet.write(doc.title.toUpperCase(), right, top, half, titleStyle);
  const numberBottom = sheet.write(doc.number, right, titleBottom + 2, half, { size: 14, bold: true, align: "right" });
  const bottom = Math.max(centerBottom, numberBottom) + 8;
  sheet.rule(bottom, 1.5, ink.text);
  return bottom + 16;
}

function drawParties(sheet: Sheet, doc: WorkOrderDocument, top: number) {
  const column = (sheet.width - GAP) / 2;
  let left = sheet.heading("Bill to", sheet.left, top, column);
  if (doc.customer) {
    left = sheet.write(doc.customer.name, sheet.left, left, column, { bold: true, size: 11 });
    for (const line of doc.customer.lines) left = sheet.write(line, sheet.left, left, column, {});
    left = sheet.fields(doc.customer.contact, sheet.left, left + 6, column);
  } else {
    left = sheet.write("No customer on this work order.", sheet.left, left, column, { color: ink.muted });
  }
  const x = sheet.left + column + GAP;
  const right = sheet.fields([...doc.dates, ...doc.summary], x, sheet.heading(doc.title, x, top, column), column);
  return Math.max(left, right) + 18;
}

export async function renderWorkOrderPdf(doc: WorkOrderDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: paperFor(doc.locale),
    margin: MARGIN,
    lang: doc.locale,
    displayTitle: true,
    info: { Title: `${doc.title} ${doc.number}`, Author: doc.shopName, Subject: doc.number, Creator: "Customer Hub" },
  });
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on("end", resolve);
    pdf.on("error", reject);
  });

  const sheet = new Sheet(pdf);
  let y = drawHeader(sheet, doc, pdf.page.margins.top);
  y = drawParties(sheet, doc, y);
  y = sheet.heading(doc.asset.heading, sheet.left, y, sheet.width);
  y = sheet.write(doc.asset.name, sheet.left, y, sheet.width, { bold: true, size: 11 });
  y = sheet.fields(doc.asset.fields, sheet.left, y + 4, sheet.width) + 18;
  y = sheet.heading("Description / squawks", sheet.left, y, sheet.width);
  sheet.write(doc.description ?? "No description.", sheet.left, y, sheet.width, {});
  // Long descriptions flow onto further pages; the signatures follow wherever they end.
  y = sheet.heading("Signatures", sheet.left, pdf.y + 24, sheet.width, 110) + 40;
  const column = (sheet.width - 2 * GAP) / 3;
  doc.signatures.forEach((label, index) => {
    const x = sheet.left + index * (column + GAP);
    pdf
      .lineWidth(0.75)
      .strokeColor(ink.text)
      .moveTo(x, y)
      .lineTo(x + column, y)
      .stroke();
    sheet.write(label, x, y + 4, column, { size: 8, color: ink.muted });
  });
  sheet.write(`Printed ${doc.printedAt}`, sheet.left, y + 40, sheet.width, { size: 8, color: ink.muted });

  pdf.end();
  await finished;
  return Buffer.concat(chunks);
}
