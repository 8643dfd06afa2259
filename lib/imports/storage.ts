import "server-only";
// The uploaded file in PostgreSQL: written as it streams in, in ~1 MB bytea pieces, and read back one
// piece at a time, so neither direction ever holds the whole file in memory.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { importConfig } from "@/lib/imports/config";

const megabytes = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export function fileTooLarge(maxBytes: number) {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `The file is larger than the ${megabytes(maxBytes)} limit. Split it into smaller files.`,
  );
}

/** Appends the stream to the import's chunks; more than `maxBytes` aborts with PAYLOAD_TOO_LARGE. */
export async function storeFileChunks(
  importId: string,
  source: AsyncIterable<Uint8Array>,
  maxBytes = importConfig.maxFileBytes(),
): Promise<{ byteSize: number; chunkCount: number }> {
  const chunkBytes = importConfig.chunkBytes();
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let byteSize = 0;
  let chunkCount = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const data = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    // createMany: no RETURNING, so the megabyte is not sent back.
    await db.importFileChunk.createMany({ data: [{ importId, seq: chunkCount, data }] });
    chunkCount++;
  };
  for await (const piece of source) {
    byteSize += piece.byteLength;
    if (byteSize > maxBytes) throw fileTooLarge(maxBytes);
    pending.push(piece);
    pendingBytes += piece.byteLength;
    if (pendingBytes >= chunkBytes) await flush();
  }
  await flush();
  return { byteSize, chunkCount };
}

/** The stored file as a stream of its pieces, fetched one at a time. */
export async function* readStoredFile(importId: string): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq++) {
    const chunk = await db.importFileChunk.findUnique({
      where: { importId_seq: { importId, seq } },
      select: { data: true },
    });
    if (!chunk) return;
    yield chunk.data;
  }
}

/** A web request body as bytes, piece by piece. */
export async function* readRequestBody(body: ReadableStream<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
