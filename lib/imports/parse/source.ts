// Byte-source helpers: read a bounded sample from the front of a stream without losing it.

const SAMPLE_BYTES = 64 * 1024;

export interface SampledSource {
  /** The first bytes of the file (at most `size`, fewer when the file is shorter). */
  sample: Uint8Array;
  /** True when the sample is the whole file. */
  complete: boolean;
  /** Every byte of the file, the sample first, read lazily. */
  bytes: AsyncIterable<Uint8Array>;
}

/** Reads chunks until `size` bytes are buffered; the rest of the source is left unread. */
export async function sampleSource(source: AsyncIterable<Uint8Array>, size = SAMPLE_BYTES): Promise<SampledSource> {
  const iterator = source[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let length = 0;
  let complete = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      complete = true;
      break;
    }
    if (next.value.byteLength === 0) continue;
    head.push(next.value);
    length += next.value.byteLength;
  }
  const joined = concat(head, length);
  async function* bytes(): AsyncGenerator<Uint8Array> {
    if (joined.byteLength > 0) yield joined;
    if (complete) return;
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      await iterator.return?.();
    }
  }
  return { sample: joined.subarray(0, size), complete: complete && length <= size, bytes: bytes() };
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
