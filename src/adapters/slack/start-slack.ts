// Starts Slack for `npm start`: builds the Bolt app and connects it (Socket Mode) or listens on PORT (HTTP mode).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PlatformDeps, RunningPlatform } from '../../platform.ts';
import { type CreateSlackAppOptions, createSlackApp, SLACK_EVENTS_PATH } from './create-slack-app.ts';

export interface RunningSlack extends RunningPlatform {
  readonly mode: 'socket' | 'http';
  /** The port HTTP mode listens on (useful when PORT is 0). */
  readonly port?: number;
}

export interface StartSlackOptions extends Pick<CreateSlackAppOptions, 'botIdentity' | 'retryConfig'> {
  /** Interface HTTP mode binds to; all interfaces by default. */
  readonly host?: string;
}

export async function startSlack(deps: PlatformDeps, options: StartSlackOptions = {}): Promise<RunningSlack> {
  const config = deps.config.slack;
  if (!config) throw new Error('Slack is not configured (SLACK_BOT_TOKEN is missing)');
  const logger = deps.logger.child({ platform: 'slack' });
  const app = createSlackApp({ config, logger: deps.logger, getPack: deps.getPack, ...options });
  const stop = async () => {
    await app.stop();
    logger.info('Slack stopped');
  };

  if (config.appToken) {
    await app.start();
    logger.info({ mode: 'socket' }, 'Slack connected over Socket Mode');
    return { name: 'slack', mode: 'socket', stop };
  }
  const server = (await app.start({ port: deps.config.port, host: options.host })) as Server;
  const { port } = server.address() as AddressInfo;
  logger.info({ mode: 'http', port, path: SLACK_EVENTS_PATH }, 'Slack listening for HTTP requests');
  return { name: 'slack', mode: 'http', port, stop };
}
