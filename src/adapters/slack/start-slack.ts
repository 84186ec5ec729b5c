// Starts Slack for `npm start`: builds the Bolt app and connects it (Socket Mode) or listens on PORT (HTTP mode), and
// hands back the brief publisher and a readiness check.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PlatformDeps, RunningPlatform } from '../../platform.ts';
import { createSlackPublisher, type SlackPublisherOptions } from './brief-publisher.ts';
import { type CreateSlackAppOptions, createSlackApp, MAX_BODY_BYTES, SLACK_EVENTS_PATH } from './create-slack-app.ts';
import { guardSlackRequests } from './guard-slack-requests.ts';
import { serveJsonAcks } from './json-ack.ts';
import { openInstallations } from './oauth/open-installations.ts';

export interface RunningSlack extends RunningPlatform {
  readonly mode: 'socket' | 'http';
  /** The port HTTP mode listens on (useful when PORT is 0). */
  readonly port?: number;
}

export interface StartSlackOptions extends Pick<CreateSlackAppOptions, 'botIdentity' | 'retryConfig' | 'opsHandler'> {
  /** Interface HTTP mode binds to; all interfaces by default. */
  readonly host?: string;
  readonly publisher?: SlackPublisherOptions;
}

export async function startSlack(deps: PlatformDeps, options: StartSlackOptions = {}): Promise<RunningSlack> {
  const config = deps.config.slack;
  if (!config) throw new Error('Slack is not configured (SLACK_BOT_TOKEN is missing)');
  const logger = deps.logger.child({ platform: 'slack' });
  // OAuth mode: installations (and each workspace's token for posting) in the bot's database.
  const oauth = config.oauth ? await openInstallations(config.oauth, deps.config.briefs) : undefined;
  const { app, socketConnected } = createSlackApp({
    config,
    logger: deps.logger,
    dispatcher: deps.dispatcher,
    metrics: deps.metrics,
    briefAdmins: deps.config.briefs.slackAdmins,
    botIdentity: options.botIdentity,
    retryConfig: options.retryConfig,
    opsHandler: options.opsHandler,
    installations: oauth?.installations,
  });
  const publisher = createSlackPublisher(app.client, logger, {
    ...options.publisher,
    ...(oauth && { tokenFor: oauth.tokenForChannel }),
  });
  let stopped = false;
  const stop = async () => {
    stopped = true;
    await app.stop();
    await oauth?.close();
    logger.info('Slack stopped');
  };

  if (socketConnected) {
    await app.start();
    logger.info({ mode: 'socket' }, 'Slack connected over Socket Mode');
    const notReadyReason = () =>
      stopped ? 'stopped' : socketConnected() ? undefined : 'Socket Mode connection to Slack is down (reconnecting)';
    return { name: 'slack', mode: 'socket', publisher, notReadyReason, stop };
  }
  const server = (await app.start({ port: deps.config.port, host: options.host }).catch(async (error: unknown) => {
    await oauth?.close(); // the port is taken, say: nothing else will close the installations' connection
    throw error;
  })) as Server;
  serveJsonAcks(server, SLACK_EVENTS_PATH);
  guardSlackRequests(server, SLACK_EVENTS_PATH, {
    maxBytes: MAX_BODY_BYTES,
    onRefused: (status, reason) => logger.warn({ status, reason }, 'Slack request refused before Bolt'),
  });
  const { port } = server.address() as AddressInfo;
  logger.info({ mode: 'http', port, path: SLACK_EVENTS_PATH }, 'Slack listening for HTTP requests');
  const notReadyReason = () => (server.listening ? undefined : 'not listening for Slack HTTP requests');
  return { name: 'slack', mode: 'http', port, publisher, notReadyReason, stop };
}
