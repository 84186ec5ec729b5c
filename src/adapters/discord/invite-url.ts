// The invite link for a server admin: the bot user plus its slash commands, with only the permissions sharing needs.
// https://discord.com/developers/docs/topics/oauth2#bot-authorization-flow
import { OAuth2Scopes, PermissionFlagsBits } from 'discord.js';

/** View the channel, post the shared answer, show it as an embed (also inside threads). */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks;

export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: BOT_PERMISSIONS.toString(),
    integration_type: '0',
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
