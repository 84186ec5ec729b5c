// The Slack brief publisher against the fake Web API: what a channel receives, how a post is found again after a
// crash, rate limits waited out, and channel errors that delivery must treat as permanent.
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/answer-model.ts';
import { BRIEF_EVENT_TYPE, createSlackPublisher } from '../../../src/adapters/slack/brief-publisher.ts';
import { classifyPublishError, type Publisher } from '../../../src/briefs/index.ts';
import { composeBrief } from '../../../src/core/brief/compose-brief.ts';
import { createLogger } from '../../../src/log.ts';
import { startFakeWebApi, type FakeWebApi } from '../../fakes/slack-web-api.ts';
import { FakeClock } from '../../briefs/fake-publisher.ts';
import { bundledPack } from '../../support/bundled-pack.ts';
import { checkSlackMessage } from './check-slack-message.ts';

let api: FakeWebApi;
let publisher: Publisher;
// Pacing waits on this clock: its sleeps are recorded and pass at once, so the interval is asserted, never timed.
const clock = new FakeClock(Date.parse('2025-09-10T06:00:00Z'));
const logger = createLogger({ level: 'silent', secrets: [] });
const onePage = () => composeBrief(bundledPack(), { date: '2025-09-03', firstSeen: new Map() });
/** A brief twice as long as the bundled one: more than one Slack page. */
const twoPages = (): Answer => {
  const brief = composeBrief(bundledPack(), { date: '2025-09-10', firstSeen: new Map() });
  return { ...brief, sections: [...brief.sections, ...brief.sections] };
};
const options = (key: string, delayed = false) => ({ idempotencyKey: key, delayed, kind: 'brief' as const });

beforeAll(async () => {
  api = await startFakeWebApi();
  const client = new webApi.WebClient('xoxb-1-test-token', {
    slackApiUrl: api.apiUrl,
    retryConfig: { retries: 1, factor: 1, minTimeout: 0, maxTimeout: 0 },
  });
  publisher = createSlackPublisher(client, logger, { perChannelIntervalMs: 100, clock });
});
afterAll(async () => {
  await api?.close();
});

describe('Slack brief publisher', () => {
  it('posts the brief with its idempotency key in the message metadata, without buttons', async () => {
    const { messageId } = await publisher.post('C0META', onePage(), options('brief-aaaaaaaaaaaaaaaaaa'));
    const [message] = api.messages.get('C0META')!;
    expect(message!.ts).toBe(messageId);
    expect(message!.metadata).toEqual({
      event_type: BRIEF_EVENT_TYPE,
      event_payload: { key: 'brief-aaaaaaaaaaaaaaaaaa', delayed: false, page: 0, pages: 1 },
    });
    const blocks = message!.blocks as { type: string; text?: { text: string } }[];
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Daily brief — 3 Sep 2025' } });
    expect(blocks.some((b) => b.type === 'actions')).toBe(false);
    const call = api.calls.all.find((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0META')!;
    expect(checkSlackMessage({ text: String(call.args.text), blocks: call.args.blocks as never })).toEqual([]);
  });

  it('posts every page of a long brief, in order and a paced interval apart, so nothing is cut', async () => {
    const sleptBefore = clock.sleeps.length;
    const { messageId } = await publisher.post('C0LONG', twoPages(), options('brief-bbbbbbbbbbbbbbbbbb'));
    const posted = api.messages.get('C0LONG')!;
    expect(posted.map((m) => m.metadata?.event_payload)).toEqual([
      { key: 'brief-bbbbbbbbbbbbbbbbbb', delayed: false, page: 0, pages: 2 },
      { key: 'brief-bbbbbbbbbbbbbbbbbb', delayed: false, page: 1, pages: 2 },
    ]);
    expect(messageId).toBe(posted[0]!.ts);
    expect(JSON.stringify(posted[1]!.blocks)).toContain('page 2 of 2');
    // The first page goes at once; the second waits the whole interval.
    expect(clock.sleeps.slice(sleptBefore)).toEqual([100]);
  });

  it('marks a late brief “(delayed)” where readers see it', async () => {
    await publisher.post('C0LATE', onePage(), options('brief-cccccccccccccccccc', true));
    const [message] = api.messages.get('C0LATE')!;
    expect(message!.text).toMatch(/^\(delayed\) Daily brief/);
    expect((message!.blocks as { type: string; elements?: { text: string }[] }[])[1]).toEqual({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: '(delayed) The bot was offline when this brief was due; posted on its return.' },
      ],
    });
    expect(message!.metadata?.event_payload).toMatchObject({ delayed: true });
  });

  it('finds a posted brief by its key in the channel history, and nothing for another key or later', async () => {
    const since = new Date(Date.now() - 60_000);
    const { messageId } = await publisher.post('C0FIND', onePage(), options('brief-dddddddddddddddddd'));
    await publisher.post('C0FIND', onePage(), options('brief-eeeeeeeeeeeeeeeeee'));
    expect(await publisher.findExisting('C0FIND', 'brief-dddddddddddddddddd', since)).toBe(messageId);
    expect(await publisher.findExisting('C0FIND', 'brief-ffffffffffffffffff', since)).toBeUndefined();
    expect(await publisher.findExisting('C0FIND', 'brief-dddddddddddddddddd', new Date(Date.now() + 60_000))).toBe(
      undefined,
    );
    const history = api.calls.all.find((c) => c.method === 'conversations.history')!;
    expect(history.args).toMatchObject({ channel: 'C0FIND', include_all_metadata: 'true', limit: '100' });
  });

  it('waits out a 429 for as long as Retry-After says, then posts once', async () => {
    api.failNext('chat.postMessage', 429, { 'retry-after': '1' });
    const started = Date.now();
    await publisher.post('C0RATE', onePage(), options('brief-gggggggggggggggggg'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(api.calls.all.filter((c) => c.args.channel === 'C0RATE')).toHaveLength(2);
    expect(api.messages.get('C0RATE')).toHaveLength(1);
  });

  it.each(['not_in_channel', 'channel_not_found', 'is_archived'])(
    'surfaces %s as an error delivery treats as permanent',
    async (code) => {
      api.refuseChannel(`C0${code.toUpperCase().replace(/_/g, '')}`, code);
      const error = await publisher
        .post(`C0${code.toUpperCase().replace(/_/g, '')}`, onePage(), options('brief-hhhhhhhhhhhhhhhhhh'))
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(classifyPublishError('slack', error)).toMatchObject({ kind: 'permanent', code });
    },
  );

  it('resumes a half-posted long brief on retry instead of posting its first page twice', async () => {
    const once = createSlackPublisher(
      new webApi.WebClient('xoxb-1-test-token', {
        slackApiUrl: api.apiUrl,
        retryConfig: { retries: 0, factor: 1, minTimeout: 0, maxTimeout: 0 },
      }),
      logger,
      { perChannelIntervalMs: 0 },
    );
    const key = 'brief-iiiiiiiiiiiiiiiiii';
    // Page 1 lands, page 2 is refused (429 with no retries left): the post fails half done.
    api.rateLimitEvery('chat.postMessage', 2, 0);
    await expect(once.post('C0HALF', twoPages(), options(key))).rejects.toThrow(/rate limit/);
    api.rateLimitEvery('chat.postMessage', 0, 0);
    expect(api.messages.get('C0HALF')).toHaveLength(1);
    // This process knows the brief is incomplete, so it is not reported as posted ...
    expect(await once.findExisting('C0HALF', key, new Date(0))).toBeUndefined();
    // ... and the retry posts the missing page only.
    const { messageId } = await once.post('C0HALF', twoPages(), options(key));
    expect(api.messages.get('C0HALF')!.map((m) => m.metadata?.event_payload.page)).toEqual([0, 1]);
    expect(await once.findExisting('C0HALF', key, new Date(0))).toBe(messageId);
  });

  it('tells the subscriber by direct message when their channel stops getting briefs', async () => {
    await publisher.notifyFailure!(
      {
        platform: 'slack',
        channelId: 'C0GONE',
        time: '08:00',
        timezone: 'UTC',
        createdBy: 'U0ALICE',
      } as never,
      'Daily briefs to this channel stopped: not_in_channel.',
    );
    const dm = await api.calls.next((c) => c.method === 'chat.postMessage' && c.args.channel === 'U0ALICE');
    expect(dm.args.text).toBe(
      "Daily briefs to this channel stopped: not_in_channel. (<#C0GONE>). Fix the bot's access there, then run `/summit brief subscribe` in it again.",
    );
  });
});

describe('Slack posts of other kinds', () => {
  const update = (): Answer => ({ ...onePage(), title: 'The story changed' });

  it('gives a story update the footer of its own command, not the brief’s', async () => {
    await publisher.post('C0UPDATEFOOT', update(), { idempotencyKey: 'update-abc', delayed: false, kind: 'update' });
    const [message] = api.messages.get('C0UPDATEFOOT')!;
    const footers = JSON.stringify((message!.blocks as { type: string }[]).filter((b) => b.type === 'context'));
    expect(footers).toContain('/summit updates status');
    expect(footers).not.toContain('/summit brief');
  });

  it('edits a post in place with chat.update, keeping its metadata', async () => {
    const { messageIds } = await publisher.post('C0EDIT', update(), {
      idempotencyKey: 'update-edit',
      delayed: false,
      kind: 'update',
    });
    await publisher.edit!(
      'C0EDIT',
      messageIds ?? [],
      { ...update(), title: 'Corrected: The story changed' },
      {
        kind: 'update',
        idempotencyKey: 'update-edit',
      },
    );
    const [message] = api.messages.get('C0EDIT')!;
    expect(message).toMatchObject({ edited: true, metadata: { event_payload: { key: 'update-edit' } } });
    expect(message!.text).toMatch(/^Corrected: The story changed/);
  });
});
