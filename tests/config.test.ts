import { describe, expect, it } from 'vitest';
import { formatConfigProblems, loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('treats empty strings as unset and needs nothing for the terminal', () => {
    const result = loadConfig({ SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '  ', PORT: '' });
    expect(result.ok && [result.config.slack, result.config.discord, result.config.port]).toEqual([
      undefined,
      undefined,
      3000,
    ]);
  });

  it('reports every missing or malformed value at once, grouped by platform', () => {
    const result = loadConfig({
      SLACK_BOT_TOKEN: 'bad',
      PORT: 'x',
      DISCORD_TOKEN: 'a-long-enough-discord-token',
      BRIEF_TIMEZONE: 'Mars/Base',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatConfigProblems(result.problems)).toBe(
      [
        'Invalid environment variables (each is documented in .env.example):',
        '  Daily briefs:',
        '    - BRIEF_TIMEZONE: must be an IANA time zone such as Europe/Berlin or UTC',
        '  Discord:',
        '    - DISCORD_APPLICATION_ID: required with DISCORD_TOKEN',
        '  General:',
        '    - PORT: must be a port number, 0-65535',
        '  Slack:',
        '    - SLACK_BOT_TOKEN: must start with "xoxb-" (the Bot User OAuth Token)',
        '    - SLACK_SIGNING_SECRET: required for Slack HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
        '',
      ].join('\n'),
    );
  });

  it('chooses Socket Mode settings when an app token is set, and collects the secrets to scrub', () => {
    const result = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(result.ok && result.config.slack).toMatchObject({ botToken: 'xoxb-1', appToken: 'xapp-1' });
    expect(result.ok && result.config.secrets).toEqual(['xoxb-1', 'xapp-1']);
  });
});
