// The HTTPReceiver options that turn on @slack/oauth's InstallProvider: GET /slack/install redirects straight to
// Slack's authorize page with a signed state (directInstall), GET /slack/oauth_redirect checks that state, exchanges
// the code with oauth.v2.access (on SLACK_API_URL too, so the fake can answer it) and stores the installation; each
// event is then authorized with its workspace's token from the store.
// https://docs.slack.dev/tools/bolt-js/concepts/authenticating-oauth
import type { HTTPReceiverOptions } from '@slack/bolt';
import type { SlackOAuthConfig } from '../../../config.ts';
import { SLACK_BOT_SCOPES } from '../manifest.ts';
import type { SlackInstallations } from './installation-store.ts';

const SLACK_INSTALL_PATH = '/slack/install';
export const SLACK_REDIRECT_PATH = '/slack/oauth_redirect';

export function oauthReceiverOptions(
  oauth: SlackOAuthConfig,
  installations: SlackInstallations,
  apiUrl: string | undefined,
): Pick<
  HTTPReceiverOptions,
  'clientId' | 'clientSecret' | 'stateSecret' | 'scopes' | 'installationStore' | 'installerOptions'
> {
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: [...SLACK_BOT_SCOPES],
    installationStore: installations,
    installerOptions: {
      directInstall: true,
      installPath: SLACK_INSTALL_PATH,
      redirectUriPath: SLACK_REDIRECT_PATH,
      clientOptions: apiUrl ? { slackApiUrl: apiUrl } : {},
    },
  };
}
