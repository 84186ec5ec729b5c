// Who may review on Discord (discordContext): members of DISCORD_EDITOR_ROLE, whether the interaction lists role ids or
// a cached member carries a role manager, and anyone who may Manage Messages; nobody else.
import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { discordContext } from '../../../src/adapters/discord/handle-command.ts';

const ROLE = '111111111111111111';
const interaction = (
  roles: readonly string[] | { cache: { has(id: string): boolean } } | undefined,
  perms: bigint[] = [],
) => ({
  channelId: 'C1',
  user: { id: 'U1' },
  memberPermissions: { has: (flag: bigint) => perms.includes(flag) },
  member: roles === undefined ? null : { roles },
});

describe('Discord editor rights', () => {
  it('come from the editor role, as role ids or as a cached role manager', () => {
    expect(discordContext(interaction([ROLE]), ROLE).canReview).toBe(true);
    expect(discordContext(interaction({ cache: new Set([ROLE]) }), ROLE).canReview).toBe(true);
    expect(discordContext(interaction(['222222222222222222']), ROLE).canReview).toBe(false);
    expect(discordContext(interaction([ROLE])).canReview).toBe(false);
    expect(discordContext(interaction(undefined), ROLE).canReview).toBe(false);
  });
  it('come from Manage Messages without the role; Manage Channels alone manages briefs, not review', () => {
    expect(discordContext(interaction([], [PermissionFlagsBits.ManageMessages]), ROLE).canReview).toBe(true);
    const manager = discordContext(interaction([], [PermissionFlagsBits.ManageChannels]), ROLE);
    expect(manager).toMatchObject({ canManage: true, canReview: false, platform: 'discord', channelId: 'C1' });
  });
});
