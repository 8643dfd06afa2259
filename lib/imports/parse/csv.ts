// Streaming CSV reader: encoding and delimiter guessed from the first 64 KB, records parsed by csv-parse.
import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import iconv from "iconv-lite";
import { ImportFileError } from "@/lib/imports/parse/errors";
import { delimiters, detectEncoding, looksBinary, sniffDelimiter, type Delimiter } from "@/lib/imports/parse/sniff";
import type { SampledSource } from "@/lib/imports/parse/source";
import type { ParseOptions, RawRecord } from "@/lib/imports/parse/types";

/** A single field longer than this is an unclosed quote, not data: fail instead of buffering the rest of the file. */
const MAX_RECORD_CHARS = 1024 * 1024;

export interface CsvRecords {
  delimiter: Delimiter;
  encoding: string;
  records: AsyncIterable<RawRecord>;
}

export function readCsv(source: SampledSource, options: ParseOptions): CsvRecords {
  const detected = detectEncoding(source.sample, source.complete);
  const encoding = options.encoding ?? detected.encoding;
  const bomLength = options.encoding && options.encoding !== detected.encoding ? 0 : detected.bomLength;
  if (looksBinary(source.sample, detected.encoding)) {
    throw new ImportFileError(
      "UNSUPPORTED_FORMAT",
      "This file is not a CSV or text file. Upload a .csv or .xlsx file (in Excel: File → Save As → CSV UTF-8).",
    );
  }
  const sampleText = iconv.decode(Buffer.from(source.sample.subarray(bomLength)), encoding);
  const sep = readSepLine(sampleText);
  const delimiter =
    options.delimiter ?? sep ?? (isTsv(options.filename) ? "\t" : sniffDelimiter(sampleText, source.complete));
  const records = parseRecords(decode(source.bytes, encoding, bomLength), delimiter, sep !== undefined);
  return { delimiter, encoding, records };
}

/** Excel's "sep=;" first line names the delimiter; Excel hides it, so it is not a row either. */
function readSepLine(text: string): Delimiter | undefined {
  const match = /^sep=(.)(\r\n|\n|\r|$)/i.exec(text);
  return match && (delimiters as readonly string[]).includes(match[1]!) ? (match[1] as Delimiter) : undefined;
}

function isTsv(filename: string | undefined): boolean {
  return !!filename && /\.(tsv|tab)$/i.test(filename);
}

async function* decode(bytes: AsyncIterable<Uint8Array>, encoding: string, bomLength: number): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(encoding, { stripBOM: false });
  let skip = bomLength;
  for await (const chunk of bytes) {
    let buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (skip > 0) {
      const dropped = Math.min(skip, buffer.byteLength);
      buffer = buffer.subarray(dropped);
      skip -= dropped;
    }
    const text = decoder.write(buffer);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

async function* parseRecords(
  text: AsyncIterable<string>,
  delimiter: Delimiter,
  skipSepLine: boolean,
): AsyncGenerator<RawRecord> {
  const parser = parse({
    delimiter,
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_column_count: true,
    // A stray quote inside an unquoted field (5" tire) is data, as spreadsheets read it.
    relax_quotes: true,
    max_record_size: MAX_RECORD_CHARS,
  });
  const input = Readable.from(text);
  input.on("error", (error) => parser.destroy(error));
  input.pipe(parser);
  let rowNumber = 0;
  let skip = skipSepLine;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (skip) {
        skip = false;
        continue;
      }
      rowNumber++;
      yield { rowNumber, cells: record };
    }
  } catch (error) {
    throw toFileError(error, rowNumber + 1);
  } finally {
    input.destroy();
    parser.destroy();
  }
}

function toFileError(error: unknown, rowNumber: number): unknown {
  if (!(error instanceof CsvError)) return error;
  const reason =
    error.code === "CSV_QUOTE_NOT_CLOSED" || error.code === "CSV_MAX_RECORD_SIZE"
      ? 'a quoted value is never closed (a " is missing)'
      : error.message;
  return new ImportFileError("MALFORMED", `The file cannot be read from row ${rowNumber}: ${reason}.`, rowNumber);
}
