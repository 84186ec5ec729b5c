// Starts the real Slack adapter (startSlack) against the loopback fakes, configured through the one env schema,
// with logs captured so tests can read them.
import { Writable } from 'node:stream';
import { startSlack, type RunningSlack, type StartSlackOptions } from '../../src/adapters/slack/start-slack.ts';
import type { BriefService } from '../../src/briefs/index.ts';
import { loadConfig } from '../../src/config.ts';
import type { StoryPack } from '../../src/core/story-pack.ts';
import { createBotDispatcher } from '../../src/dispatch/bot-dispatcher.ts';
import type { ChannelRoute } from '../../src/dispatch/channel-route.ts';
import { createLogger } from '../../src/log.ts';
import type { Metrics } from '../../src/ops/metrics.ts';
import { bundledPack } from '../support/bundled-pack.ts';
import { startResponseUrlReceiver } from './slack-response-url.ts';
import { createInbox, type Inbox } from './slack-inbox.ts';
import { slackSignatureHeaders } from './slack-signing.ts';
import { startFakeWebApi, type FakeWebApi } from './slack-web-api.ts';

export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5'.replace(/[^0-9a-f]/g, 'a');
export const BOT_TOKEN = 'xoxb-1-test-token';
export const APP_TOKEN = 'xapp-1-test-token';

export interface SlackHarness {
  readonly slack: RunningSlack;
  readonly api: FakeWebApi;
  readonly responses: Awaited<ReturnType<typeof startResponseUrlReceiver>>;
  /** Every log line written so far, parsed. */
  logs(): Record<string, unknown>[];
  /** The same lines as an inbox, to await one. */
  readonly logLines: Inbox<Record<string, unknown>>;
  /** POSTs `body` to the app's /slack/events with exactly these headers (for forged requests). */
  postEvent(body: string, headers: Record<string, string>): Promise<Response>;
  /** POSTs `body` to /slack/events signed with SIGNING_SECRET, as Slack would; `headers` are added last. */
  signedEvent(body: string, headers?: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
}

export async function startSlackHarness(
  mode: 'http' | 'socket',
  options: {
    getPack?: () => StoryPack;
    beforeStart?: (api: FakeWebApi) => Promise<void>;
    getBriefs?: () => BriefService | undefined;
    metrics?: Metrics;
    /** More env for the one schema, e.g. SLACK_BRIEF_ADMINS. */
    env?: Record<string, string>;
    opsHandler?: StartSlackOptions['opsHandler'];
    /** Channel services beyond briefs (e.g. review), as summit start adds them. */
    routes?: readonly ChannelRoute[];
  } = {},
): Promise<SlackHarness> {
  const api = await startFakeWebApi();
  const responses = await startResponseUrlReceiver();
  await options.beforeStart?.(api);
  const loaded = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: api.apiUrl,
    PORT: '0',
    ...(mode === 'http' ? { SLACK_SIGNING_SECRET: SIGNING_SECRET } : { SLACK_APP_TOKEN: APP_TOKEN }),
    ...options.env,
  });
  if (!loaded.ok) throw new Error(`test config refused: ${loaded.problems.join('; ')}`);
  const logLines = createInbox<Record<string, unknown>>();
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        logLines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  const logger = createLogger({ level: 'info', secrets: loaded.config.secrets, destination });
  const slack = await startSlack(
    {
      config: loaded.config,
      logger,
      getPack: options.getPack ?? bundledPack,
      dispatcher: createBotDispatcher({
        getPack: options.getPack ?? bundledPack,
        getBriefs: options.getBriefs,
        routes: options.routes,
        timezone: 'UTC',
        logger,
      }),
      metrics: options.metrics,
    },
    {
      host: '127.0.0.1',
      // One quick retry: enough to see a 429 honoured (WebClient counts it against `retries`), never minutes of waiting.
      retryConfig: { retries: 1, factor: 1, minTimeout: 0, maxTimeout: 0 },
      // Brief pages to one channel 20 ms apart instead of Slack's 1 s, so fan-out tests stay fast.
      publisher: { perChannelIntervalMs: 20 },
      opsHandler: options.opsHandler,
    },
  );
  const postEvent = (body: string, headers: Record<string, string>) =>
    fetch(`http://127.0.0.1:${slack.port}/slack/events`, { method: 'POST', body, headers });
  return {
    slack,
    api,
    responses,
    logs: () => [...logLines.all],
    logLines,
    postEvent,
    signedEvent: (body, headers = {}) =>
      postEvent(body, { ...slackSignatureHeaders(body, SIGNING_SECRET), ...headers }),
    async stop() {
      await slack.stop();
      await Promise.all([api.close(), responses.close()]);
    },
  };
}
