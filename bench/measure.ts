// Timing helpers shared by the bench suites.

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Runs `fn` `runs` times after a warm-up and returns p50/p99 in milliseconds. */
export function timeMany(fn: () => void, runs: number): { p50: number; p99: number } {
  for (let i = 0; i < Math.min(200, runs); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

export const round = (n: number, digits = 3): number => Number(n.toFixed(digits));
