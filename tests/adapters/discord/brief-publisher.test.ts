// The Discord brief publisher against the fake Discord's REST: nonces, dedupe, finding our own brief, refusals, DMs.
import { SnowflakeUtil } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordPublisher, snowflakeBefore } from '../../../src/adapters/discord/brief-publisher.ts';
import { DELAYED_NOTE, postToMessages } from '../../../src/adapters/discord/brief-messages.ts';
import { createDiscordRest } from '../../../src/adapters/discord/create-client.ts';
import { classifyPublishError, idempotencyKeyOf, type Publisher } from '../../../src/briefs/index.ts';
import type { Answer } from '../../../src/core/answer-model.ts';
import { composeBrief } from '../../../src/core/brief/compose-brief.ts';
import { createLogger } from '../../../src/log.ts';
import type { Subscription } from '../../../src/store/index.ts';
import { FakeDiscord, FAKE_IDS } from '../../fakes/discord-fake.ts';
import { bundledPack } from '../../support/bundled-pack.ts';
import { limitProblems } from './discord-limits-check.ts';

const DENIED = '500000000000000001';
const GONE = '500000000000000002';
// A brief that takes exactly two messages: the bundled 3 Sep brief, its sections repeated until it does, so the
// tests below see a multi-part post whatever the brief's own length.
const brief = twoMessageBrief(composeBrief(bundledPack(), { date: '2025-09-03', firstSeen: new Map() }));

function twoMessageBrief(base: Answer): Answer {
  for (let copies = 1; copies <= 20; copies++) {
    const sections = Array.from({ length: copies }, (_, n) =>
      base.sections.map((s) => ({ ...s, heading: n === 0 ? s.heading : `${s.heading} (${n + 1})` })),
    ).flat();
    const candidate = { ...base, sections };
    if (postToMessages(candidate, 'probe', false).length === 2) return candidate;
  }
  throw new Error('no two-message brief');
}
const keyFor = (channelId: string) => idempotencyKeyOf({ platform: 'discord', channelId, localDate: '2025-09-03' });
const posts = (channelId: string) =>
  fake.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${channelId}/messages`);

let fake: FakeDiscord;
let publisher: Publisher;
beforeAll(async () => {
  fake = await new FakeDiscord({ channels: { missingAccess: [DENIED], unknown: [GONE] } }).listen();
  const rest = createDiscordRest({
    token: 'fake-discord-token-0123456789',
    applicationId: FAKE_IDS.application,
    apiUrl: fake.apiUrl,
  });
  publisher = createDiscordPublisher(rest, createLogger({ level: 'silent', secrets: [] }));
});
afterAll(async () => {
  await fake.close();
});

describe('Discord brief publisher', () => {
  it('posts the whole brief with the key as nonce (enforced) and in the footer, pinging nobody', async () => {
    const channel = '600000000000000001';
    const key = keyFor(channel);
    const { messageId } = await publisher.post(channel, brief, {
      idempotencyKey: key,
      delayed: false,
      kind: 'brief' as const,
    });
    const sent = posts(channel).map(
      (r) => r.body as Record<string, unknown> & { embeds: { footer: { text: string } }[] },
    );
    expect(sent.length).toBe(2);
    expect(sent[0]).toMatchObject({ nonce: key, enforce_nonce: true, allowed_mentions: { parse: [] } });
    expect(sent[1]?.nonce).toHaveLength(25);
    expect(sent[0]?.embeds[0]?.footer.text).toMatch(new RegExp(`\\nref ${key} · part 1/2$`));
    expect(sent[1]?.embeds[0]?.footer.text).toMatch(/ · part 2\/2$/);
    for (const body of sent) expect(limitProblems(body)).toEqual([]);
    expect(sent[0]?.content).toBeUndefined();
    expect(fake.channels.in(channel)[0]?.id).toBe(messageId);
  });

  it('says "(delayed)" on a late brief', async () => {
    const channel = '600000000000000002';
    await publisher.post(channel, brief, { idempotencyKey: keyFor(channel), delayed: true, kind: 'brief' as const });
    expect(posts(channel)[0]?.body).toMatchObject({ content: DELAYED_NOTE });
  });

  it('does not post twice when the same brief is posted again within the nonce window', async () => {
    const channel = '600000000000000003';
    const options = { idempotencyKey: keyFor(channel), delayed: false, kind: 'brief' as const };
    const first = await publisher.post(channel, brief, options);
    const again = await publisher.post(channel, brief, options);
    expect(again).toEqual(first);
    expect(posts(channel)).toHaveLength(4);
    expect(fake.channels.in(channel)).toHaveLength(2);
  });

  it('finds its own complete brief in the channel history, and nobody else’s copy of the ref', async () => {
    const channel = '600000000000000004';
    const key = keyFor(channel);
    const since = new Date(Date.now() - 1000);
    const impostor = { content: `ref ${key}`, embeds: [] };
    fake.channels.add(channel, impostor); // another user pasting the ref line
    expect(await publisher.findExisting(channel, key, since)).toBeUndefined();
    const { messageId } = await publisher.post(channel, brief, {
      idempotencyKey: key,
      delayed: false,
      kind: 'brief' as const,
    });
    fake.channels.add(channel, { content: 'chatter after the brief' });
    expect(await publisher.findExisting(channel, key, since)).toBe(messageId);
    expect(await publisher.findExisting(channel, keyFor('600000000000000099'), since)).toBeUndefined();
    expect(await publisher.findExisting(channel, key, new Date(Date.now() + 60_000))).toBeUndefined();
    const lookup = fake.requests.find((r) => r.method === 'GET' && r.path.endsWith(`/channels/${channel}/messages`));
    expect(lookup?.query.get('after')).toBe(snowflakeBefore(since));
    expect(lookup?.query.get('limit')).toBe('100');
  });

  it('lists history from the last snowflake before a time: every message of that millisecond on is after it', () => {
    // (2025-01-01T00:00:00Z - Discord's epoch 2015-01-01) << 22, minus one.
    expect(snowflakeBefore(new Date('2025-01-01T00:00:00.000Z'))).toBe('1323802873036799999');
    const at = Date.parse('2025-01-01T00:00:00.000Z');
    const first = SnowflakeUtil.generate({ timestamp: at, increment: 0n, workerId: 0n, processId: 0n });
    const lastBefore = SnowflakeUtil.generate({ timestamp: at - 1, increment: 4095n, workerId: 31n, processId: 31n });
    expect(first).toBe(BigInt(snowflakeBefore(new Date(at))) + 1n);
    expect(lastBefore).toBe(BigInt(snowflakeBefore(new Date(at))));
    expect(snowflakeBefore(new Date('2014-06-01T00:00:00Z'))).toBe('0');
  });

  it('does not count a brief cut short after its first part as posted', async () => {
    const channel = '600000000000000005';
    const key = keyFor(channel);
    const since = new Date(Date.now() - 1000);
    fake.channels.add(
      channel,
      { embeds: [{ title: 'Brief', footer: { text: `ref ${key} · part 1/2` } }] },
      FAKE_IDS.bot,
    );
    expect(await publisher.findExisting(channel, key, since)).toBeUndefined();
  });

  it.each([
    [DENIED, '50001'],
    [GONE, '10003'],
  ])('treats channel %s (Discord %s) as permanent', async (channel, code) => {
    const error = await publisher
      .post(channel, brief, { idempotencyKey: keyFor(channel), delayed: false, kind: 'brief' as const })
      .catch((e: unknown) => e);
    expect(classifyPublishError('discord', error)).toMatchObject({ kind: 'permanent', code });
  });

  it('tells the subscriber by DM when their channel stops getting briefs', async () => {
    const sub = { platform: 'discord', channelId: DENIED, createdBy: FAKE_IDS.user } as Subscription;
    await publisher.notifyFailure?.(sub, 'Daily briefs to this channel stopped: 50001.');
    const open = fake.requests.find((r) => r.path.endsWith('/users/@me/channels'));
    expect(open?.body).toEqual({ recipient_id: FAKE_IDS.user });
    const dm = fake.requests.at(-1);
    expect(dm?.path).toMatch(/^\/api\/v10\/channels\/\d+\/messages$/);
    expect(dm?.body).toMatchObject({
      content: expect.stringContaining(`stopped: 50001. Channel: <#${DENIED}>`),
      allowed_mentions: { parse: [] },
    });
  });
});

describe('Discord posts of other kinds', () => {
  it('edits every message of a post in place, keeping its ref line and pinging nobody', async () => {
    const channel = '600000000000000077';
    const key = 'update-editedpost123456';
    const { messageIds } = await publisher.post(channel, brief, {
      idempotencyKey: key,
      delayed: false,
      kind: 'update',
    });
    const corrected = { ...brief, title: 'Corrected: Daily brief' };
    await publisher.edit!(channel, messageIds ?? [], corrected, { kind: 'update', idempotencyKey: key });
    const edits = fake.requests.filter(
      (r) => r.method === 'PATCH' && r.path.startsWith(`/api/v10/channels/${channel}/`),
    );
    expect(edits.map((r) => r.path)).toEqual(
      (messageIds ?? []).map((id) => `/api/v10/channels/${channel}/messages/${id}`),
    );
    const first = fake.channels.in(channel)[0]!;
    expect(first.embeds[0]).toMatchObject({ title: expect.stringMatching(/^Corrected: Daily brief/) });
    expect(first.embeds[0]?.footer?.text).toContain(`ref ${key}`);
    expect(first.allowed_mentions).toEqual({ parse: [] });
  });
});
