// The scheduler's per-platform fan-out limit is p-limit. The hand-written limiter it replaced kept the slot of a task
// that threw synchronously (its counter went up, the finally that brought it down never ran): with a limit of 1, every
// later brief of that platform waited forever. These pin the behaviour the scheduler relies on.
import pLimit from 'p-limit';
import { describe, expect, it } from 'vitest';

describe('the fan-out limit', () => {
  it('frees the slot of a task that throws synchronously, so the next task still runs', async () => {
    const limit = pLimit(1);
    const throwsAtOnce = (): Promise<string> => {
      throw new Error('thrown before any promise existed');
    };
    await expect(limit(throwsAtOnce)).rejects.toThrow('thrown before any promise existed');
    await expect(limit(async () => 'next brief')).resolves.toBe('next brief');
    expect([limit.activeCount, limit.pendingCount]).toEqual([0, 0]);
  });

  it('runs at most its limit at once and starts the rest in order as slots free', async () => {
    const limit = pLimit(2);
    const started: number[] = [];
    const finish: (() => void)[] = [];
    const tasks = [0, 1, 2, 3].map((n) =>
      limit(
        () =>
          new Promise<number>((resolve) => {
            started.push(n);
            finish[n] = () => resolve(n);
          }),
      ),
    );
    await Promise.resolve();
    expect([started, limit.activeCount, limit.pendingCount]).toEqual([[0, 1], 2, 2]);
    finish[1]!();
    await tasks[1];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    for (const n of [0, 2]) finish[n]!();
    await new Promise((resolve) => setImmediate(resolve));
    finish[3]!();
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3]);
  });
});
