// Which failed starts systemd restarts (1) and which it leaves stopped (2): only mistakes a restart cannot fix are 2.
import { describe, expect, it } from 'vitest';
import { startupExitCode } from '../../src/ops/startup-failure.ts';

const coded = (code: string) => Object.assign(new Error(code), { code });

describe('the exit code of a failed start', () => {
  it('is 2 for a port taken, a refused token and a database that refused us', () => {
    expect(startupExitCode(coded('EADDRINUSE'))).toBe(2);
    expect(startupExitCode(coded('TokenInvalid'))).toBe(2);
    const slack = Object.assign(new Error('An API error occurred: invalid_auth'), { data: { error: 'invalid_auth' } });
    expect(startupExitCode(slack)).toBe(2);
    expect(startupExitCode(Object.assign(new Error('DATABASE_PATH x is corrupt'), { mistake: true }))).toBe(2);
  });

  it('is 1 for an outage or anything unforeseen, so the unit restarts the bot', () => {
    expect(startupExitCode(coded('ECONNREFUSED'))).toBe(1);
    expect(startupExitCode(new Error('request to Slack timed out', { cause: coded('ETIMEDOUT') }))).toBe(1);
    expect(startupExitCode(Object.assign(new Error('gave up after 120 s'), { mistake: false }))).toBe(1);
    expect(startupExitCode(new TypeError('x is undefined'))).toBe(1);
  });
});
