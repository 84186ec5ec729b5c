// The Slack app manifest, derived from the one command definition: paste it at https://api.slack.com/apps ("Create
// New App" -> "From a manifest"). Declares everything the app uses: the /summit command, the bot scopes for
// chat.postMessage / chat.update / conversations.history / commands, the messages tab (failure notices to
// subscribers), interactivity (Share, Previous, Next) and Socket Mode.
// Manifest reference: https://docs.slack.dev/reference/app-manifest
import { summitCommand } from '../../../commands/summit.ts';
import { SLACK_EVENTS_PATH } from './create-slack-app.ts';
import { SLACK_REDIRECT_PATH } from './oauth/oauth-receiver-options.ts';

// commands: /summit. chat:write: Share in channel, daily briefs and the DM telling a subscriber their briefs stopped
// (chat.postMessage to a user id), paging a shared answer (chat.update). channels:history, groups:history:
// conversations.history in public and private channels, to find a brief already posted (its message metadata) after a
// crash — https://docs.slack.dev/reference/methods/conversations.history. usergroups:read: the members of a user group
// named in SLACK_EDITORS (https://docs.slack.dev/reference/methods/usergroups.users.list). The OAuth install asks for
// the same.
export const SLACK_BOT_SCOPES = [
  'commands',
  'chat:write',
  'channels:history',
  'groups:history',
  'usergroups:read',
] as const;

export interface ManifestOptions {
  /** Public base URL for HTTP mode (e.g. https://summit.example.org); omitted = Socket Mode. */
  readonly publicUrl?: string;
}

export function slackManifest(options: ManifestOptions = {}) {
  const base = options.publicUrl?.replace(/\/+$/, '');
  const url = base ? `${base}${SLACK_EVENTS_PATH}` : undefined;
  const usage = summitCommand.subcommands.map((s) => s.name).join(' | ');
  return {
    display_information: {
      name: 'Summit Desk',
      description: summitCommand.description,
      background_color: '#1d3557',
    },
    features: {
      bot_user: { display_name: 'summit desk', always_online: true },
      // Briefs that stop (bot removed from a channel, channel archived) are reported to the subscriber by direct
      // message, which Slack shows in the app's Messages tab.
      app_home: { home_tab_enabled: false, messages_tab_enabled: true, messages_tab_read_only_enabled: true },
      slash_commands: [
        {
          command: `/${summitCommand.name}`,
          description: summitCommand.description.slice(0, 100),
          usage_hint: usage,
          should_escape: false,
          ...(url && { url }),
        },
      ],
    },
    oauth_config: {
      scopes: { bot: [...SLACK_BOT_SCOPES] },
      // The OAuth install (many workspaces) comes back here; unused with a single SLACK_BOT_TOKEN.
      ...(base && { redirect_urls: [`${base}${SLACK_REDIRECT_PATH}`] }),
    },
    settings: {
      interactivity: { is_enabled: true, ...(url && { request_url: url }) },
      // Uninstalls delete the workspace's installation and subscriptions (oauth/uninstall-listeners.ts).
      ...(url && { event_subscriptions: { request_url: url, bot_events: ['app_uninstalled', 'tokens_revoked'] } }),
      org_deploy_enabled: false,
      socket_mode_enabled: url === undefined,
      token_rotation_enabled: false,
    },
  };
}
