import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.ts';
import { shutdown } from '../src/start.ts';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({ write: (c: Buffer, _e, done) => (lines.push(c.toString()), done()) });
  return { lines, logger: createLogger({ level: 'info', secrets: [], destination }) };
}

describe('shutdown', () => {
  it('returns 0 once everything has stopped', async () => {
    const { logger } = capture();
    expect(await shutdown(async () => undefined, logger)).toBe(0);
  });

  it('gives up after its limit when something hangs, with exit code 1 and a logged reason', async () => {
    const { lines, logger } = capture();
    const code = await shutdown(() => new Promise<void>(() => undefined), logger, 50);
    await new Promise((resolve) => setImmediate(resolve));
    expect(code).toBe(1);
    expect(lines.join('')).toContain('shutdown took longer than 0.05 s; exiting anyway');
  });
});
