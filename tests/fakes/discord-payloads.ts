// Gateway INTERACTION_CREATE payloads as Discord sends them, for the fake to dispatch.
// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
import { FAKE_IDS, messageObject, snowflake } from './discord-ids.ts';

const user = { id: FAKE_IDS.user, username: 'reporter', discriminator: '0', global_name: 'Reporter', avatar: null };

/** Who sends it, from where: the member's permission bits, and the guild (one the bot may never have seen). */
export interface Sender {
  readonly permissions?: string;
  readonly guildId?: string;
}

/** The member permissions the fake's interactions carry by default: no Manage Channels (1 << 4). */
export const MEMBER_PERMISSIONS = '2248473465835073';

function base(type: number, data: unknown, sender: Sender = {}) {
  const guildId = sender.guildId ?? FAKE_IDS.guild;
  return {
    id: snowflake(),
    application_id: FAKE_IDS.application,
    type,
    token: `token-${snowflake()}`,
    version: 1,
    guild_id: guildId,
    channel_id: FAKE_IDS.channel,
    channel: { id: FAKE_IDS.channel, type: 0, guild_id: guildId, name: 'general' },
    member: {
      user,
      roles: [],
      permissions: sender.permissions ?? MEMBER_PERMISSIONS,
      joined_at: '2025-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
    },
    app_permissions: '19456',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': guildId },
    context: 0,
    data,
  };
}

/** `/summit <subcommand> [option:value ...]`; `focused` marks the option being typed (an autocomplete). */
export function slashCommand(
  subcommand: string,
  options: Record<string, string> = {},
  focused?: string,
  sender: Sender & { commandName?: string } = {},
) {
  const data = {
    id: '555555555555555555',
    name: sender.commandName ?? 'summit',
    type: 1,
    options: [
      {
        type: 1,
        name: subcommand,
        options: Object.entries(options).map(([name, value]) => ({
          type: 3,
          name,
          value,
          ...(name === focused ? { focused: true } : {}),
        })),
      },
    ],
  };
  return base(focused ? 4 : 2, data, sender);
}

/** A click on a button with `customId` on `message` (a body the bot sent earlier). */
export function buttonClick(
  customId: string,
  message: { embeds?: unknown; components?: unknown; flags?: number },
  messageId = snowflake(),
  sender: Sender = {},
) {
  return {
    ...base(3, { custom_id: customId, component_type: 2 }, sender),
    message: {
      ...messageObject(FAKE_IDS.channel, message, { type: 20, defaultFlags: 64 }),
      id: messageId,
    },
  };
}

/** A modal submitted (type 5), from a form opened by a button on `message`: each text input's value by custom id. */
export function modalSubmit(
  customId: string,
  values: Record<string, string>,
  message: { embeds?: unknown; components?: unknown; flags?: number },
  sender: Sender = {},
) {
  const components = Object.entries(values).map(([id, value]) => ({
    type: 1,
    components: [{ type: 4, custom_id: id, value }],
  }));
  return {
    ...base(5, { custom_id: customId, components }, sender),
    message: { ...messageObject(FAKE_IDS.channel, message, { type: 20, defaultFlags: 64 }), id: snowflake() },
  };
}
