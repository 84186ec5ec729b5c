// OAuth mode on both engines: a subscription records its workspace (and a resubscribe from another workspace moves
// it), the channel's token is that workspace's, and a channel with no installed workspace fails permanently.
import { randomBytes } from 'node:crypto';
import type { Installation } from '@slack/oauth';
import { expect, it } from 'vitest';
import { PublishError } from '../../../../src/briefs/publish-error.ts';
import { createInstallationStore } from '../../../../src/adapters/slack/oauth/installation-store.ts';
import { createTokenCipher } from '../../../../src/adapters/slack/oauth/token-cipher.ts';
import { workspaceTokens } from '../../../../src/adapters/slack/oauth/workspace-tokens.ts';
import { describeEachEngine, freshStore } from '../../../store/engines.ts';

const installation = (teamId: string, token: string): Installation<'v2', false> => ({
  team: { id: teamId, name: teamId },
  enterprise: undefined,
  user: { id: 'U1', token: undefined, scopes: undefined },
  bot: { id: 'B1', userId: 'U0BOT', token, scopes: ['chat:write'] },
  isEnterpriseInstall: false,
  authVersion: 'v2',
});
const at = new Date('2025-09-01T00:00:00Z');
const subscribe = (channelId: string, teamId?: string) => ({
  platform: 'slack' as const,
  channelId,
  time: '08:00',
  timezone: 'UTC',
  createdBy: 'U1',
  ...(teamId && { teamId }),
});

describeEachEngine('Slack workspace tokens', (engine) => {
  it("gives each channel its subscribing workspace's token, following a resubscribe", async () => {
    const store = await freshStore(engine());
    const installs = createInstallationStore(store.sql, createTokenCipher(randomBytes(32)), () => at);
    await installs.storeInstallation(installation('T1', 'xoxb-one'));
    await installs.storeInstallation(installation('T2', 'xoxb-two'));
    const tokenFor = workspaceTokens(store.sql, installs);
    await store.subscriptions.upsert(subscribe('C1', 'T1'), at);
    await store.subscriptions.upsert(subscribe('C2', 'T2'), at);
    expect([await tokenFor('C1'), await tokenFor('C2')]).toEqual(['xoxb-one', 'xoxb-two']);
    expect(await store.subscriptions.upsert(subscribe('C1', 'T2'), at)).toBe('unchanged');
    expect(await tokenFor('C1')).toBe('xoxb-two');
  });

  it('fails permanently (not_installed) for a channel with no workspace or an uninstalled one', async () => {
    const store = await freshStore(engine());
    const installs = createInstallationStore(store.sql, createTokenCipher(randomBytes(32)), () => at);
    const tokenFor = workspaceTokens(store.sql, installs);
    await store.subscriptions.upsert(subscribe('C0NOTEAM'), at);
    await store.subscriptions.upsert(subscribe('C0GONE', 'T9'), at);
    for (const channel of ['C0NOTEAM', 'C0GONE', 'C0NEVER']) {
      const error: unknown = await tokenFor(channel).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PublishError);
      expect(error).toMatchObject({ kind: 'permanent', code: 'not_installed' });
    }
  });
});
