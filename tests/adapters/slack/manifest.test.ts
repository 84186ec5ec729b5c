import { describe, expect, it } from 'vitest';
import { slackManifest } from '../../../src/adapters/slack/manifest.ts';

describe('Slack app manifest', () => {
  it('declares /summit, the scopes the app calls with, interactivity and Socket Mode', () => {
    const manifest = slackManifest();
    expect(manifest.features.slash_commands).toEqual([
      expect.objectContaining({ command: '/summit', should_escape: false }),
    ]);
    // chat.postMessage / chat.update: chat:write; conversations.history (finding a posted brief): *:history.
    expect(manifest.oauth_config.scopes.bot).toEqual([
      'commands',
      'chat:write',
      'channels:history',
      'groups:history',
      'usergroups:read',
    ]);
    expect(manifest.features.app_home).toMatchObject({ messages_tab_enabled: true });
    expect(manifest.settings).toMatchObject({ interactivity: { is_enabled: true }, socket_mode_enabled: true });
  });

  it('points the command and interactivity at /slack/events in HTTP mode', () => {
    const manifest = slackManifest({ publicUrl: 'https://summit.example.org/' });
    expect(manifest.features.slash_commands[0]).toMatchObject({ url: 'https://summit.example.org/slack/events' });
    expect(manifest.settings).toMatchObject({
      interactivity: { is_enabled: true, request_url: 'https://summit.example.org/slack/events' },
      socket_mode_enabled: false,
    });
  });
});
