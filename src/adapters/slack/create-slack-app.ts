// Builds the Bolt app: Socket Mode when an app-level token is configured, HTTP on /slack/events otherwise, with the
// Web API base URL overridable (enterprise proxies, tests) and listeners registered. Starting it is start-slack.ts.
import { App, type webApi } from '@slack/bolt';
import { summitCommand } from '../../../commands/summit.ts';
import type { SlackConfig } from '../../config.ts';
import type { Logger } from '../../log.ts';
import type { StoryPack } from '../../core/story-pack.ts';
import { pinoToBoltLogger } from './bolt-logger.ts';
import { ACTION_IDS } from './button-value.ts';
import { pageButtonsListener } from './listeners/page-buttons.ts';
import { shareButtonListener } from './listeners/share-button.ts';
import { summitCommandListener } from './listeners/summit-command.ts';

export const SLACK_EVENTS_PATH = '/slack/events';

/**
 * 5xx and network failures: a few quick retries, then give up and log (WebClient's default keeps trying for about
 * 30 minutes). On a 429 WebClient waits for Slack's Retry-After and tries again; that retry counts against
 * `retries` too, so it must stay above 0.
 * https://docs.slack.dev/apis/web-api/rate-limits
 */
export const DEFAULT_RETRY: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000 };

export interface CreateSlackAppOptions {
  readonly config: SlackConfig;
  readonly logger: Logger;
  readonly getPack: () => StoryPack;
  /** Known bot identity: skips auth.test at construction (tests, or a proxy that does not forward it). */
  readonly botIdentity?: { readonly botId: string; readonly botUserId: string };
  readonly retryConfig?: webApi.RetryOptions;
}

export function createSlackApp(options: CreateSlackAppOptions): App {
  const { config, logger, getPack, botIdentity } = options;
  const clientOptions: webApi.WebClientOptions = {
    retryConfig: options.retryConfig ?? DEFAULT_RETRY,
    ...(config.apiUrl && { slackApiUrl: config.apiUrl }),
  };
  const common = {
    token: config.botToken,
    logger: pinoToBoltLogger(logger),
    clientOptions,
    // We keep no conversation state; Bolt's default in-memory store would cost a middleware pass per request.
    convoStore: false as const,
    ...(botIdentity && { tokenVerificationEnabled: false, botId: botIdentity.botId, botUserId: botIdentity.botUserId }),
  };
  const app = config.appToken
    ? new App({
        ...common,
        socketMode: true,
        appToken: config.appToken,
        // The Socket Mode client opens its connection through apps.connections.open with its own WebClient.
        installerOptions: { clientOptions: config.apiUrl ? { slackApiUrl: config.apiUrl } : {} },
      })
    : new App({ ...common, signingSecret: config.signingSecret ?? '', endpoints: SLACK_EVENTS_PATH });

  const deps = { getPack, logger: logger.child({ platform: 'slack' }) };
  app.command(`/${summitCommand.name}`, summitCommandListener(deps));
  app.action({ type: 'block_actions', action_id: ACTION_IDS.share }, shareButtonListener(deps));
  app.action(
    { type: 'block_actions', action_id: new RegExp(`^(${ACTION_IDS.previous}|${ACTION_IDS.next})$`) },
    pageButtonsListener(deps),
  );
  // A listener that throws is logged here instead of reaching the process.
  app.error(async (error) => {
    deps.logger.error({ err: error }, 'unhandled error in a Slack listener');
  });
  return app;
}
