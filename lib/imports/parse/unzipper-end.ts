// exceljs's streaming reader stops early on a fast upload: unzipper's Parse announces "end" as soon as it has read the
// zip's last record, while entries it already found still wait in its paused buffer (exceljs pauses the zip while it
// spools each worksheet to a temporary file). exceljs then sees the end, never reads workbook.xml, and fails with
// "Cannot read properties of undefined (reading 'sheets')" or drops entries. Same code in unzipper 0.10–0.12 and exceljs
// 4.4 (exceljs/exceljs#962). Fix: let Parse's stream end only when its buffer is drained (the stream's own "end"),
// ignoring the early announcement. Applied once, to the unzipper copy exceljs itself loads: package.json pins the version
// exceljs resolves (npm dedupes it) and next.config.ts keeps both external, so both load node_modules/unzipper.
import type { Duplex } from "node:stream";
import unzipper from "unzipper";

type ParseFactory = (options?: object) => Duplex;

const PATCHED = Symbol.for("customerhub.unzipperEndFix");

export function fixUnzipperEarlyEnd(): void {
  const target = unzipper as { Parse: ParseFactory & { [PATCHED]?: true } };
  if (target.Parse[PATCHED]) return;
  const original = target.Parse;
  const patched = ((options?: object) => {
    const parse = original(options);
    const emit = parse.emit.bind(parse);
    parse.emit = ((event: string | symbol, ...args: unknown[]) => {
      // The stream's own "end" comes after its buffer is drained (readableEnded is then true); Parse's early one before.
      if (event === "end" && !parse.readableEnded) return false;
      return emit(event, ...args);
    }) as Duplex["emit"];
    return parse;
  }) as ParseFactory & { [PATCHED]?: true };
  patched[PATCHED] = true;
  target.Parse = patched;
}
