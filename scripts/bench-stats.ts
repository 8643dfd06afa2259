// Shared by the benchmark scripts: the q-quantile (0–1) of a set of timings, by the nearest rank below (0 when empty).
export const percentile = (samples: readonly number[], q: number): number =>
  [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
