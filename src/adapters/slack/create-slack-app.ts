// Builds the Bolt app: Socket Mode when an app-level token is configured, HTTP on /slack/events otherwise (and, in
// OAuth mode, the install pages of oauth/oauth-receiver-options.ts), with the
// Web API base URL overridable (enterprise proxies, tests) and listeners registered. Starting it is start-slack.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import { summitCommand } from '../../../commands/summit.ts';
import type { SlackConfig } from '../../config.ts';
import type { Logger } from '../../log.ts';
import { OPS_PATHS, POST_PATHS } from '../../ops/ops-routes.ts';
import { pinoToBoltLogger } from './bolt-logger.ts';
import { ACTION_IDS } from './button-value.ts';
import { CORRECT_CALLBACK_ID } from './correction-modal.ts';
import { correctFactListener } from './listeners/correct-fact.ts';
import { correctionSubmittedListener } from './listeners/correction-submitted.ts';
import type { ListenerDeps } from './listeners/listener-deps.ts';
import { pageButtonsListener } from './listeners/page-buttons.ts';
import { pictureButtonListener } from './listeners/picture-button.ts';
import { shareButtonListener } from './listeners/share-button.ts';
import { summitCommandListener } from './listeners/summit-command.ts';
import type { SlackInstallations } from './oauth/installation-store.ts';
import { oauthReceiverOptions } from './oauth/oauth-receiver-options.ts';
import { registerUninstallListeners } from './oauth/uninstall-listeners.ts';
import { createSlackEditors } from './slack-editors.ts';

export const SLACK_EVENTS_PATH = '/slack/events';

/**
 * Requests from Slack are a few kilobytes; anything over this is refused with 413 before its signature is checked
 * (Bolt's own default is 4 MB).
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * 5xx and network failures: a few quick retries, then give up and log (WebClient's default keeps trying for about
 * 30 minutes). On a 429 WebClient waits for Slack's Retry-After and tries again; that retry counts against
 * `retries` too, so it must stay above 0.
 * https://docs.slack.dev/apis/web-api/rate-limits
 */
export const DEFAULT_RETRY: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000 };

/** A plain node:http handler for GET /healthz, /readyz and /metrics (src/ops/ops-routes.ts). */
export type OpsHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface CreateSlackAppOptions extends Omit<ListenerDeps, 'logger'> {
  readonly config: SlackConfig;
  readonly logger: Logger;
  /** Known bot identity: skips auth.test at construction (tests, or a proxy that does not forward it). */
  readonly botIdentity?: { readonly botId: string; readonly botUserId: string };
  readonly retryConfig?: webApi.RetryOptions;
  /** HTTP mode: served on Bolt's own server for each of OPS_PATHS (GET), so one PORT serves both. */
  readonly opsHandler?: OpsHandler;
  /** OAuth mode (config.oauth): where installations live; each request is authorized with its workspace's token. */
  readonly installations?: SlackInstallations;
}

export interface SlackApp {
  readonly app: App;
  /** Socket Mode: false until Slack said hello, and again while reconnecting. Undefined in HTTP mode. */
  readonly socketConnected?: () => boolean;
}

export function createSlackApp(options: CreateSlackAppOptions): SlackApp {
  const { config, logger, botIdentity, installations } = options;
  if (config.oauth && !installations) throw new Error('Slack OAuth mode needs its installation store');
  const boltLogger = pinoToBoltLogger(logger);
  const clientOptions: webApi.WebClientOptions = {
    retryConfig: options.retryConfig ?? DEFAULT_RETRY,
    ...(config.apiUrl && { slackApiUrl: config.apiUrl }),
  };
  const common = {
    token: config.botToken,
    logger: boltLogger,
    clientOptions,
    // We keep no conversation state; Bolt's default in-memory store would cost a middleware pass per request.
    convoStore: false as const,
    ...(botIdentity && { tokenVerificationEnabled: false, botId: botIdentity.botId, botUserId: botIdentity.botUserId }),
  };
  let connected = false;
  let app: App;
  if (config.appToken) {
    const receiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger: boltLogger,
      // The Socket Mode client opens its connection through apps.connections.open with its own WebClient.
      installerOptions: { clientOptions: config.apiUrl ? { slackApiUrl: config.apiUrl } : {} },
    });
    // The client's lifecycle events (https://docs.slack.dev/tools/node-slack-sdk/socket-mode#lifecycle-events); 'close'
    // comes first when the connection drops, a few seconds before the client starts reconnecting.
    receiver.client.on('connected', () => (connected = true));
    receiver.client.on('close', () => {
      if (connected) logger.warn({ platform: 'slack' }, 'Slack Socket Mode connection lost; reconnecting');
      connected = false;
    });
    for (const state of ['connecting', 'reconnecting', 'disconnecting', 'disconnected']) {
      receiver.client.on(state, () => (connected = false));
    }
    app = new App({ ...common, socketMode: true, receiver });
  } else {
    const ops = options.opsHandler;
    const receiver = new HTTPReceiver({
      signingSecret: config.signingSecret ?? '',
      endpoints: SLACK_EVENTS_PATH,
      logger: boltLogger,
      bodyLimit: MAX_BODY_BYTES,
      ...(config.oauth && installations && oauthReceiverOptions(config.oauth, installations, config.apiUrl)),
      customRoutes: ops
        ? [
            ...OPS_PATHS.map((path) => ({ path, method: 'GET' })),
            ...POST_PATHS.map((path) => ({ path, method: 'POST' })),
          ].map(({ path, method }) => ({
            path,
            method,
            handler: (req: IncomingMessage, res: ServerResponse) => {
              ops(req, res).catch((error: unknown) => {
                logger.error({ err: error, path }, 'ops route failed');
                if (!res.headersSent) res.writeHead(500);
                res.end();
              });
            },
          }))
        : [],
    });
    app = new App({ ...common, receiver });
  }

  const deps: ListenerDeps = {
    ...options,
    ackAsJsonText: !config.appToken,
    logger: logger.child({ platform: 'slack' }),
    isEditor: createSlackEditors(app.client, config.editors ?? [], logger),
  };
  app.command(`/${summitCommand.name}`, summitCommandListener(deps));
  app.action({ type: 'block_actions', action_id: ACTION_IDS.share }, shareButtonListener(deps));
  app.action(
    {
      type: 'block_actions',
      // A review button's answer replaces its message in place, as a page does.
      action_id: new RegExp(`^(${ACTION_IDS.previous}|${ACTION_IDS.next}|${ACTION_IDS.run}|${ACTION_IDS.review})$`),
    },
    pageButtonsListener(deps),
  );
  app.action({ type: 'block_actions', action_id: ACTION_IDS.correct }, correctFactListener(deps));
  app.action({ type: 'block_actions', action_id: ACTION_IDS.picture }, pictureButtonListener(deps));
  app.view(CORRECT_CALLBACK_ID, correctionSubmittedListener(deps));
  if (installations) registerUninstallListeners(app, installations, deps.logger);
  // A listener that throws is logged here instead of reaching the process.
  app.error(async (error) => {
    deps.logger.error({ err: error }, 'unhandled error in a Slack listener');
  });
  return { app, ...(config.appToken && { socketConnected: () => connected }) };
}
