// A workspace that removes the app (app_uninstalled) or revokes its bot token (tokens_revoked) loses its installation
// and its channels' brief subscriptions at once, so nothing keeps trying to post with a dead token. Bolt delivers both
// events without authorizing them (the token may already be gone).
// https://docs.slack.dev/reference/events/app_uninstalled https://docs.slack.dev/reference/events/tokens_revoked
import type { App } from '@slack/bolt';
import type { Logger } from '../../../log.ts';
import type { SlackInstallations } from './installation-store.ts';

export function registerUninstallListeners(app: App, installations: SlackInstallations, logger: Logger): void {
  const uninstall = async (teamId: string | undefined, why: string) => {
    if (!teamId) return;
    const subscriptions = await installations.uninstall(teamId);
    logger.info({ teamId, subscriptions, why }, 'Slack workspace uninstalled: installation and subscriptions deleted');
  };
  app.event('app_uninstalled', async ({ body }) => uninstall(body.team_id, 'app_uninstalled'));
  app.event('tokens_revoked', async ({ body, event }) => {
    // Only user tokens revoked: the bot token still works (and we hold no user tokens).
    if ((event.tokens.bot ?? []).length === 0) return;
    await uninstall(body.team_id, 'tokens_revoked');
  });
}
