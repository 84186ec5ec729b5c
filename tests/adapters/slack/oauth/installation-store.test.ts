// Slack installations at rest, on both engines: tokens sealed with AES-256-GCM (never in the clear, bound to their
// row), fetched back for Bolt, and an uninstall removes the workspace and only its subscriptions.
import { randomBytes } from 'node:crypto';
import type { Installation } from '@slack/oauth';
import { describe, expect, it } from 'vitest';
import { createInstallationStore } from '../../../../src/adapters/slack/oauth/installation-store.ts';
import { createTokenCipher, parseEncryptionKey } from '../../../../src/adapters/slack/oauth/token-cipher.ts';
import { describeEachEngine, freshStore } from '../../../store/engines.ts';

const key = randomBytes(32);
const cipher = createTokenCipher(key);
const installation = (teamId: string, token: string): Installation<'v2', false> => ({
  team: { id: teamId, name: `Desk ${teamId}` },
  enterprise: undefined,
  user: { id: 'U1', token: undefined, scopes: undefined },
  bot: { id: 'B1', userId: 'U0BOT', token, scopes: ['commands', 'chat:write'] },
  tokenType: 'bot',
  isEnterpriseInstall: false,
  appId: 'A1',
  authVersion: 'v2',
});

describe('token cipher', () => {
  it('opens what it sealed, and nothing tampered with, moved to another row, or sealed under another key', () => {
    const sealed = cipher.seal('xoxb-secret-1', 'T:T1');
    expect(sealed).not.toContain('xoxb');
    expect(cipher.open(sealed, 'T:T1')).toBe('xoxb-secret-1');
    expect(cipher.open(sealed, 'T:T2')).toBeUndefined();
    const flipped = Buffer.from(sealed.slice(3), 'base64');
    flipped[flipped.length - 1]! ^= 1;
    expect(cipher.open(`v1:${flipped.toString('base64')}`, 'T:T1')).toBeUndefined();
    expect(createTokenCipher(randomBytes(32)).open(sealed, 'T:T1')).toBeUndefined();
    expect(cipher.seal('xoxb-secret-1', 'T:T1')).not.toBe(sealed); // a fresh IV each time
  });

  it('takes a 32-byte key as 64 hex or base64 characters, and nothing shorter', () => {
    expect(parseEncryptionKey(key.toString('hex'))?.equals(key)).toBe(true);
    expect(parseEncryptionKey(key.toString('base64'))?.equals(key)).toBe(true);
    expect(parseEncryptionKey('too-short')).toBeUndefined();
    expect(parseEncryptionKey(randomBytes(16).toString('hex'))).toBeUndefined();
  });
});

describeEachEngine('Slack installation store', (engine) => {
  it('stores installations sealed, fetches them back, and replaces a reinstall', async () => {
    const store = await freshStore(engine());
    const installs = createInstallationStore(store.sql, cipher, () => new Date('2025-09-03T06:00:00Z'));
    await installs.storeInstallation(installation('T1', 'xoxb-team-one'));
    await installs.storeInstallation(installation('T2', 'xoxb-team-two'));
    await installs.storeInstallation(installation('T2', 'xoxb-team-two-reinstalled'));
    const raw = JSON.stringify(await store.sql.all('SELECT * FROM slack_installations'));
    expect(raw).not.toContain('xoxb');
    const query = { teamId: 'T2', enterpriseId: undefined, isEnterpriseInstall: false } as const;
    expect((await installs.fetchInstallation(query)).bot?.token).toBe('xoxb-team-two-reinstalled');
    await expect(installs.fetchInstallation({ ...query, teamId: 'T9' })).rejects.toThrow(/no usable installation/);
  });

  it('uninstalls a workspace with its subscriptions, leaving other workspaces alone', async () => {
    const store = await freshStore(engine());
    const installs = createInstallationStore(store.sql, cipher, () => new Date('2025-09-03T06:00:00Z'));
    await installs.storeInstallation(installation('T1', 'xoxb-team-one'));
    await installs.storeInstallation(installation('T2', 'xoxb-team-two'));
    for (const [channel, team] of [
      ['C1', 'T1'],
      ['C2', 'T1'],
      ['C3', 'T2'],
    ]) {
      await store.subscriptions.upsert(
        { platform: 'slack', channelId: channel!, time: '08:00', timezone: 'UTC', createdBy: 'U1' },
        new Date('2025-09-01T00:00:00Z'),
      );
      await store.sql.run('UPDATE subscriptions SET team_id = ? WHERE channel_id = ?', [team, channel]);
    }
    expect(await installs.uninstall('T1')).toBe(2);
    expect((await store.subscriptions.listActive()).map((s) => s.channelId)).toEqual(['C3']);
    const query = { teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false } as const;
    await expect(installs.fetchInstallation(query)).rejects.toThrow();
    expect((await installs.fetchInstallation({ ...query, teamId: 'T2' })).bot?.token).toBe('xoxb-team-two');
  });
});
