// Where an import's time goes: wall time per phase of the pipeline, summed over the process's imports, for
// `npm run bench:import`'s split (so the next bottleneck is visible). Costs a clock read per phase call.
const totals = new Map<string, { ms: number; calls: number }>();

function record(phase: string, started: number): void {
  const entry = totals.get(phase) ?? { ms: 0, calls: 0 };
  entry.ms += performance.now() - started;
  entry.calls++;
  totals.set(phase, entry);
}

export async function timed<T>(phase: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    record(phase, started);
  }
}

/** The same for synchronous work (validation). */
export function timedSync<T>(phase: string, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    record(phase, started);
  }
}

/** Phase → total ms and calls, in the order phases first ran. */
export function importTimings(): ReadonlyMap<string, { ms: number; calls: number }> {
  return totals;
}
