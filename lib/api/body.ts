// Reading a REST request's JSON body: JSON content type only, at most API_MAX_BODY_KB (refused while
// streaming, never buffered past the limit), nesting bounded so later work cannot overflow the stack.
import { AppError } from "@/lib/errors";
import { assertStorableInput } from "@/lib/validation";

const DEFAULT_MAX_BODY_KB = 1024;
const MAX_BODY_KB = 1024 * 1024;
/** Far deeper than any body the API takes (bulk filters nest 3 levels), far below a stack overflow. */
export const MAX_JSON_DEPTH = 64;

/** API_MAX_BODY_KB as a whole number of kilobytes (default 1024 = 1 MB); anything else is a startup error. */
export function parseMaxBodyKb(value: string | undefined): number {
  const text = value?.trim() ?? "";
  if (text === "") return DEFAULT_MAX_BODY_KB;
  const kb = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(kb >= 1 && kb <= MAX_BODY_KB)) {
    throw new Error(`API_MAX_BODY_KB must be a whole number of kilobytes from 1 to ${MAX_BODY_KB}, not "${value}".`);
  }
  return kb;
}

let maxBodyBytes: number | undefined;

/** The JSON body limit in bytes, read from the environment once per process. */
export function apiMaxBodyBytes(): number {
  maxBodyBytes ??= parseMaxBodyKb(process.env.API_MAX_BODY_KB) * 1024;
  return maxBodyBytes;
}

const tooLarge = (maxBytes: number) =>
  new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`);

/** `application/json`, `application/merge-patch+json` and the like, with or without a charset. */
function isJsonContentType(header: string): boolean {
  const type = header.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || /^application\/[\w.-]+\+json$/.test(type);
}

/** The body as text; stops reading (and cancels the stream) as soon as it passes `maxBytes`. */
async function readText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let received = 0;
  let text = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(maxBytes);
      }
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  } catch (error) {
    if (error instanceof TypeError) throw new AppError("BAD_REQUEST", "The request body must be UTF-8 encoded JSON.");
    throw error;
  } finally {
    reader.releaseLock();
  }
}

/** Nesting depth of JSON text (brackets outside strings), stopping as soon as it passes `limit`. */
function exceedsDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/**
 * The request's JSON object body; anything else is a 400, 413 or 415 with a clear message. `optional`:
 * no body at all reads as `{}` (operations whose body only adds optional fields, e.g. a note).
 */
export async function readJsonObject(
  request: Request,
  { optional = false }: { optional?: boolean } = {},
): Promise<Record<string, unknown>> {
  const contentType = request.headers.get("content-type");
  if (contentType !== null && !isJsonContentType(contentType)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON with `Content-Type: application/json`.");
  }
  const text = await readText(request, apiMaxBodyBytes());
  if (optional && text.trim() === "") return {};
  if (exceedsDepth(text, MAX_JSON_DEPTH)) {
    throw new AppError("BAD_REQUEST", `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body must be valid JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError("BAD_REQUEST", "The request body must be a JSON object.");
  }
  assertStorableInput(body, "The request body");
  return body as Record<string, unknown>;
}
