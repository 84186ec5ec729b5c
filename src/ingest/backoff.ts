// How long a failing feed rests before the next try: 5·2ⁿ minutes after its (n+1)th failure in a row — 5, 10, 20,
// 40 ... — capped at 6 hours, so a dead feed costs a few requests a day, and a feed that recovers is back within hours.
const BASE_MS = 5 * 60_000;
const CAP_MS = 6 * 60 * 60_000;

export function backoffMs(failures: number): number {
  return Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, failures - 1));
}
