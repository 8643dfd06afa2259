// The part of pdfkit's API that lib/work-orders/pdf.ts draws with (pdfkit ships no types of its own).
declare module "pdfkit" {
  import { Readable } from "node:stream";

  interface PDFDocumentOptions {
    size?: string | [number, number];
    margin?: number;
    lang?: string;
    displayTitle?: boolean;
    info?: { Title?: string; Author?: string; Subject?: string; Creator?: string; Producer?: string };
  }

  interface TextOptions {
    width?: number;
    align?: "left" | "center" | "right" | "justify";
    lineGap?: number;
    characterSpacing?: number;
  }

  class PDFDocument extends Readable {
    constructor(options?: PDFDocumentOptions);
    readonly page: {
      width: number;
      height: number;
      margins: { top: number; bottom: number; left: number; right: number };
    };
    x: number;
    y: number;
    registerFont(name: string, source: string | Buffer): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    strokeColor(color: string): this;
    lineWidth(width: number): this;
    text(text: string, x?: number, y?: number, options?: TextOptions): this;
    heightOfString(text: string, options?: TextOptions): number;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    stroke(): this;
    addPage(): this;
    end(): void;
  }

  export default PDFDocument;
}
