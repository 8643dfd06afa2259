import "server-only";
// What the REST upload routes read from a request: the file name, its type, the size it announces
// (refused before reading when over the limit), and for direct imports the run options.
import { AppError } from "@/lib/errors";
import { importConfig } from "@/lib/imports/config";
import { fileTooLarge, readRequestBody } from "@/lib/imports/storage";

export function readUpload(request: Request) {
  const params = new URL(request.url).searchParams;
  const declared = Number(request.headers.get("content-length") ?? NaN);
  const maxBytes = importConfig.maxFileBytes();
  if (Number.isFinite(declared) && declared > maxBytes) throw fileTooLarge(maxBytes);
  if (!request.body) throw new AppError("BAD_REQUEST", "Send the file as the request body.");
  return {
    body: readRequestBody(request.body),
    filename: params.get("filename"),
    contentType: request.headers.get("content-type"),
  };
}

/**
 * `?mode=upsert&matchOn=email&numberFormat=comma&dateFormat=dmy&mapping=[…]` as startImport's (unparsed)
 * input; a mapping that is not JSON is a 400.
 */
export function readRunOptions(request: Request): Record<string, unknown> {
  const params = new URL(request.url).searchParams;
  const options: Record<string, unknown> = {};
  for (const name of ["mode", "matchOn", "numberFormat", "dateFormat"]) {
    const value = params.get(name);
    if (value) options[name] = value;
  }
  const mapping = params.get("mapping");
  if (mapping) {
    try {
      options.mapping = JSON.parse(mapping) as unknown;
    } catch {
      throw new AppError("BAD_REQUEST", "`mapping` must be a JSON list of { column, header, target }.");
    }
  }
  return options;
}
