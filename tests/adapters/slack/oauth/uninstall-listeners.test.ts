// Which events uninstall: app_uninstalled always; tokens_revoked only when a bot token was revoked (user tokens alone
// leave the bot working). The listeners are called as Bolt calls them, on a stand-in for the app.
import type { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import type { SlackInstallations } from '../../../../src/adapters/slack/oauth/installation-store.ts';
import { registerUninstallListeners } from '../../../../src/adapters/slack/oauth/uninstall-listeners.ts';
import { createLogger } from '../../../../src/log.ts';

type Listener = (args: { body: { team_id?: string }; event: unknown }) => Promise<void>;

function setUp() {
  const listeners = new Map<string, Listener>();
  const app = { event: (name: string, listener: Listener) => listeners.set(name, listener) } as unknown as App;
  const uninstalled: string[] = [];
  const installations = {
    uninstall: async (teamId: string) => (uninstalled.push(teamId), 1),
  } as unknown as SlackInstallations;
  registerUninstallListeners(app, installations, createLogger({ level: 'silent', secrets: [] }));
  const fire = (name: string, teamId: string, event: unknown) =>
    listeners.get(name)!({ body: { team_id: teamId }, event });
  return { fire, uninstalled };
}

describe('Slack uninstall listeners', () => {
  it('uninstalls on app_uninstalled and on a revoked bot token, not on revoked user tokens alone', async () => {
    const { fire, uninstalled } = setUp();
    await fire('tokens_revoked', 'T1', { type: 'tokens_revoked', tokens: { oauth: ['U1'] } });
    await fire('tokens_revoked', 'T2', { type: 'tokens_revoked', tokens: { oauth: ['U1'], bot: ['B1'] } });
    await fire('app_uninstalled', 'T3', { type: 'app_uninstalled' });
    expect(uninstalled).toEqual(['T2', 'T3']);
  });
});
