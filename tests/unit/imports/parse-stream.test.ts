import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { openTable } from "@/lib/imports/parse";

const ROWS = 200_000;

/** A large CSV made on the fly, 1,000 rows per chunk, so the test itself never holds the file. */
async function* generatedCsv(rows: number): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode("Name,Email,Phone,City,Notes\r\n");
  for (let start = 0; start < rows; start += 1000) {
    let chunk = "";
    for (let index = start; index < Math.min(start + 1000, rows); index++) {
      chunk += `Customer ${index},c${index}@example.test,+1 865 555 ${String(index % 10000).padStart(4, "0")},Knoxville,"note ""${index}""\nsecond line"\r\n`;
    }
    yield encoder.encode(chunk);
  }
}

/** The heap still reachable after a full collection (garbage would make a peak meaningless). */
function retainedHeap(): number {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
  return process.memoryUsage().heapUsed;
}

describe("openTable: streaming", () => {
  it(`reads ${ROWS.toLocaleString("en-US")} rows with bounded heap growth`, async () => {
    const before = retainedHeap();
    let peak = before;
    const table = await openTable(generatedCsv(ROWS), { filename: "big.csv", maxRows: 1_000_000 });
    let count = 0;
    let last = 0;
    for await (const row of table.rows) {
      count++;
      last = row.rowNumber;
      if (count % 25_000 === 0) peak = Math.max(peak, retainedHeap());
    }
    expect(count).toBe(ROWS);
    expect(last).toBe(ROWS + 1);
    // The file is ~17 MB and its rows more; holding either would keep the heap far past this.
    expect(peak - before).toBeLessThan(16 * 1024 * 1024);
  }, 60_000);

  it("reads nothing past the header until the rows are asked for", async () => {
    let pulled = 0;
    async function* counting(): AsyncGenerator<Uint8Array> {
      for await (const chunk of generatedCsv(ROWS)) {
        pulled++;
        yield chunk;
      }
    }
    const table = await openTable(counting());
    expect(table.headers).toEqual(["Name", "Email", "Phone", "City", "Notes"]);
    // Only the 64 KB sample (a few chunks) has been read, not the 200 chunks of the file.
    expect(pulled).toBeLessThan(10);
    let seen = 0;
    for await (const _row of table.rows) {
      if (++seen === 5) break;
    }
    expect(pulled).toBeLessThan(20);
  });
});
