// OAuth mode in the one env schema: the four settings go together, in HTTP mode, without a fixed bot token; each
// missing or malformed one is named; the secrets are scrubbed. Single-workspace mode is what it was.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { slackManifest } from '../../../../src/adapters/slack/manifest.ts';
import { loadConfig } from '../../../../src/config.ts';

const key = randomBytes(32);
const oauthEnv = {
  SLACK_CLIENT_ID: '1234567890.9876543210',
  SLACK_CLIENT_SECRET: 'abcdef0123456789abcdef0123456789',
  SLACK_STATE_SECRET: 'a-state-secret-of-thirty-two-chars!!',
  SLACK_TOKEN_ENCRYPTION_KEY: key.toString('base64'),
  SLACK_SIGNING_SECRET: '0123456789abcdef0123',
};

describe('Slack OAuth config', () => {
  it('runs Slack without SLACK_BOT_TOKEN, with the key decoded and every secret scrubbed', () => {
    const result = loadConfig(oauthEnv);
    if (!result.ok) throw new Error(result.problems.join('; '));
    const slack = result.config.slack;
    expect(slack?.botToken).toBeUndefined();
    expect(slack?.oauth?.clientId).toBe('1234567890.9876543210');
    expect(slack?.oauth?.encryptionKey.equals(key)).toBe(true);
    expect(result.config.secrets).toEqual(
      expect.arrayContaining([
        oauthEnv.SLACK_CLIENT_SECRET,
        oauthEnv.SLACK_STATE_SECRET,
        oauthEnv.SLACK_TOKEN_ENCRYPTION_KEY,
      ]),
    );
    // 64 hex characters are the same key.
    const hex = loadConfig({ ...oauthEnv, SLACK_TOKEN_ENCRYPTION_KEY: key.toString('hex') });
    expect(hex.ok && hex.config.slack?.oauth?.encryptionKey.equals(key)).toBe(true);
  });

  it('names every missing companion at once', () => {
    const result = loadConfig({ SLACK_CLIENT_ID: oauthEnv.SLACK_CLIENT_ID });
    expect(result.ok).toBe(false);
    const names = !result.ok ? result.problems.map((p) => p.split(':')[0]) : [];
    expect(names).toEqual([
      'SLACK_CLIENT_SECRET',
      'SLACK_SIGNING_SECRET',
      'SLACK_STATE_SECRET',
      'SLACK_TOKEN_ENCRYPTION_KEY',
    ]);
  });

  it('refuses a short key, Socket Mode and a fixed bot token alongside OAuth, each by name', () => {
    const result = loadConfig({
      ...oauthEnv,
      SLACK_TOKEN_ENCRYPTION_KEY: randomBytes(16).toString('hex'),
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_BOT_TOKEN: 'xoxb-1',
    });
    expect(!result.ok && result.problems).toEqual([
      'SLACK_APP_TOKEN: unset it: the OAuth install runs in HTTP mode (Socket Mode serves one workspace)',
      'SLACK_BOT_TOKEN: unset it: with the OAuth install each workspace has its own token',
      'SLACK_TOKEN_ENCRYPTION_KEY: must be 32 bytes as 64 hex or 44 base64 characters',
    ]);
  });

  it('leaves single-workspace mode as it was', () => {
    const result = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(result.ok && result.config.slack).toEqual({
      botToken: 'xoxb-1',
      appToken: 'xapp-1',
      signingSecret: undefined,
      apiUrl: undefined,
    });
    const missing = loadConfig({ SLACK_APP_TOKEN: 'xapp-1' });
    expect(!missing.ok && missing.problems).toEqual([
      'SLACK_BOT_TOKEN: required to run Slack (other SLACK_ settings are set)',
    ]);
  });

  it('gives the HTTP-mode manifest the OAuth redirect URL and the uninstall events', () => {
    const manifest = slackManifest({ publicUrl: 'https://summit.example.org/' });
    expect(manifest.oauth_config.redirect_urls).toEqual(['https://summit.example.org/slack/oauth_redirect']);
    expect(manifest.settings.event_subscriptions).toEqual({
      request_url: 'https://summit.example.org/slack/events',
      bot_events: ['app_uninstalled', 'tokens_revoked'],
    });
  });
});
