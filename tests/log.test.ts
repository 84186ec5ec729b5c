import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.ts';

describe('createLogger', () => {
  it('scrubs every configured secret from messages, fields and error stacks', async () => {
    const lines: string[] = [];
    const destination = new Writable({ write: (c: Buffer, _e, done) => (lines.push(c.toString()), done()) });
    const secrets = ['xoxb-secret-bot-token', 'signing-secret-0123456789'];
    const logger = createLogger({ level: 'debug', secrets, destination });
    logger.info(
      { token: 'xoxb-secret-bot-token', headers: { authorization: 'Bearer x' } },
      'calling with xoxb-secret-bot-token',
    );
    logger.error({ err: new Error('bad signature for signing-secret-0123456789') }, 'failed');
    await new Promise((resolve) => setImmediate(resolve)); // the scrubbing stream hands lines on asynchronously
    const out = lines.join('');
    expect(out).not.toContain('xoxb-secret-bot-token');
    expect(out).not.toContain('signing-secret-0123456789');
    expect(out.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(5);
    expect(out).not.toContain('Bearer x');
    expect(out).toContain('"msg":"failed"');
  });
});
