// OAuth mode: the bot token to post to a channel with is its subscribing workspace's (subscriptions.team_id), read
// from the installation store; a channel whose workspace is not (or no longer) installed is a permanent failure, so
// delivery marks its subscription failing instead of retrying.
import { PublishError } from '../../../briefs/publish-error.ts';
import type { SqlExecutor } from '../../../store/index.ts';
import type { SlackInstallations } from './installation-store.ts';

export type TokenForChannel = (channelId: string) => Promise<string>;

export function workspaceTokens(db: SqlExecutor, installations: SlackInstallations): TokenForChannel {
  return async (channelId) => {
    const [row] = await db.all<{ team_id: string | null }>(
      "SELECT team_id FROM subscriptions WHERE platform = 'slack' AND channel_id = ?",
      [channelId],
    );
    const teamId = row?.team_id ?? undefined;
    const installation = teamId
      ? await installations
          .fetchInstallation({ teamId, enterpriseId: undefined, isEnterpriseInstall: false })
          .catch(() => undefined)
      : undefined;
    const token = installation?.bot?.token;
    if (!token) {
      throw new PublishError(
        'permanent',
        'not_installed',
        `no installed workspace for this channel (${teamId ? `workspace ${teamId}` : 'workspace unknown'})`,
      );
    }
    return token;
  };
}
