// Editors review in chat, and what was posted wrong is corrected where it was posted: the real Bolt and discord.js
// against the loopback fakes. A story update showed two facts read from the text in a Slack and a Discord channel.
// A Discord editor (Manage Messages) confirms one; a Slack editor (SLACK_EDITORS) corrects the other through the form.
// Each channel gets one correction and its original post is edited with a mark; the audit log holds both decisions;
// non-editors' clicks are refused; a restart posts nothing more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { storyChangeKeys } from '../../src/core/story-changes.ts';
import { createLogger } from '../../src/log.ts';
import { openPackStore, type PackStore } from '../../src/pack/pack-store.ts';
import { factsAwaitingReview } from '../../src/review/review-facts.ts';
import { reviewRoute } from '../../src/review/review-service.ts';
import { startReview, type RunningReview } from '../../src/review/start-review.ts';
import { openStore, type Store } from '../../src/store/open-store.ts';
import { BASELINE_BATCH, createUpdateStore } from '../../src/store/updates.ts';
import { deliverPendingUpdates } from '../../src/updates/deliver-updates.ts';
import { recordStoryChanges } from '../../src/updates/record-changes.ts';
import { MEMBER_PERMISSIONS, buttonClick, modalSubmit, slashCommand } from '../fakes/discord-payloads.ts';
import { startDiscordAgainstFake, type DiscordHarness } from '../fakes/discord-harness.ts';
import { FAKE_IDS } from '../fakes/discord-ids.ts';
import { startSlackHarness, type SlackHarness } from '../fakes/slack-harness.ts';
import { blockActionsPayload, slashCommandBody } from '../fakes/slack-signing.ts';
import { copyOfBundledPack, emptyFolder } from '../support/fixture-pack.ts';

const SLACK_CHANNEL = 'C0NEWS';
const DISCORD_CHANNEL = '700000000000000042';
/** Manage Messages (1 << 13) on top of an ordinary member's permissions: a Discord editor. */
const EDITOR = { permissions: String(BigInt(MEMBER_PERMISSIONS) | (1n << 13n)) };

let pack: PackStore;
let slack: SlackHarness;
let discord: DiscordHarness;
let review: RunningReview | undefined;
let database: string;
const stores: Store[] = [];
const config = (() => {
  const loaded = loadConfig({ BRIEF_TIMEZONE: 'UTC' });
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  return loaded.config;
})();
const logger = createLogger({ level: 'silent', secrets: [] });

async function openDatabase(): Promise<Store> {
  const opened = await openStore(database);
  if (!opened.ok) throw new Error(opened.problem);
  stores.push(opened.store);
  return opened.store;
}

const publishers = () => [slack.slack.publisher!, discord.bot.publisher!];

beforeAll(async () => {
  const opened = openPackStore(copyOfBundledPack());
  if (!opened.ok) throw new Error('the bundled pack loads');
  pack = opened.store;
  database = `${emptyFolder()}/summit.db`;
  const routes = [reviewRoute(() => review?.service)];
  slack = await startSlackHarness('http', { getPack: pack.current, env: { SLACK_EDITORS: 'S0DESK' }, routes });
  slack.api.groupMembers.set('S0DESK', ['U0EDITOR']);
  discord = await startDiscordAgainstFake({}, { getPack: pack.current, routes });
}, 30_000);
afterAll(async () => {
  await review?.stop();
  await Promise.all(stores.map((s) => s.close()));
  await Promise.all([slack?.stop(), discord?.stop()]);
});

interface DiscordBody {
  type: number;
  data: {
    content?: string;
    embeds: { title: string; description?: string }[];
    components: { components: { label: string; custom_id: string }[] }[];
  };
}
async function discordSend(interaction: { id: string }): Promise<DiscordBody> {
  discord.fake.dispatchInteraction(interaction);
  return (await discord.fake.callbackOf(interaction.id)).body as DiscordBody;
}
const discordButton = (body: DiscordBody, label: string) =>
  body.data.components.flatMap((r) => r.components).find((c) => c.label === label)!.custom_id;

type SlackBlocks = { type: string; elements?: { action_id?: string; value?: string; text?: unknown }[] }[];
const slackButton = (blocks: SlackBlocks, actionId: string) =>
  blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId)!.value!;

describe('review in chat and corrections', () => {
  it('confirms one fact, corrects another where it was posted, once per channel, and refuses non-editors', async () => {
    const [first, second] = factsAwaitingReview(pack.current());
    if (!first || !second) throw new Error('the bundled pack has facts awaiting review');
    const keyOf = (f: typeof first) => `${f.kind}:${f.id}`;

    // A story update showed both facts in a Slack and a Discord channel.
    let store = await openDatabase();
    const updates = createUpdateStore(store.sql);
    const since = new Date(Date.now() - 3_600_000);
    await updates.subscribe({ platform: 'slack', channelId: SLACK_CHANNEL, createdBy: 'U1' }, since);
    await updates.subscribe({ platform: 'discord', channelId: DISCORD_CHANNEL, createdBy: 'U2' }, since);
    const known = [...storyChangeKeys(pack.current().facts)].filter((k) => k !== keyOf(first) && k !== keyOf(second));
    await updates.recordBatch(BASELINE_BATCH, known, since);
    await recordStoryChanges(updates, pack.current(), new Date());
    const clock = { now: () => new Date(), sleep: async () => {} };
    const delivered = await deliverPendingUpdates({
      store,
      updates,
      publishers: publishers(),
      getPack: pack.current,
      clock,
      leaseMs: 60_000,
    });
    expect(delivered).toEqual(['posted', 'posted']);
    const [slackUpdate] = slack.api.messages.get(SLACK_CHANNEL)!;
    const [discordUpdate] = discord.fake.channels.in(DISCORD_CHANNEL);
    review = await startReview({ config, store, publishers: publishers(), pack, logger });

    // Discord: an editor confirms the first fact; the answer moves on to the second, in place.
    const queue = await discordSend(slashCommand('review', {}, undefined, EDITOR));
    expect(queue.data.embeds[0]?.title).toMatch(/^Review 1 of \d+/);
    const confirmed = await discordSend(buttonClick(discordButton(queue, 'Confirm'), queue.data, undefined, EDITOR));
    expect(confirmed.type).toBe(7);
    expect(confirmed.data.embeds[0]?.description).toContain('Confirmed “');
    // A member without the role or Manage Messages gets no form.
    const refused = await discordSend(buttonClick(discordButton(confirmed, 'Correct…'), confirmed.data));
    expect(refused.data.content).toMatch(/^Reviewing facts is for editors/);
    // The editor's form (a modal, callback type 9) comes filled in; sent back unchanged it decides nothing.
    const form = await discordSend(
      buttonClick(discordButton(confirmed, 'Correct…'), confirmed.data, undefined, EDITOR),
    );
    expect(form.type).toBe(9);
    const modal = form.data as unknown as {
      custom_id: string;
      components: { components: { custom_id: string; value?: string }[] }[];
    };
    const unchanged = Object.fromEntries(
      modal.components.map((row) => [row.components[0]!.custom_id, row.components[0]!.value ?? '']),
    );
    expect(Object.values(unchanged).some((v) => v !== '')).toBe(true);
    const back = await discordSend(modalSubmit(modal.custom_id, unchanged, confirmed.data, EDITOR));
    expect(back.type).toBe(7);
    expect(back.data.embeds[0]?.title).toMatch(/^Review 1 of/);

    // Slack: an editor (a member of the S0DESK group) opens the form for the second fact and corrects its wording.
    const ack = await slack.signedEvent(
      slashCommandBody({ text: 'review', responseUrl: slack.responses.urlFor('q'), userId: 'U0EDITOR' }),
    );
    const answer = (await ack.json()) as { blocks: SlackBlocks };
    const correctValue = slackButton(answer.blocks, 'summit_review_correct');
    const click = (userId: string, id: string) =>
      slack.signedEvent(
        `payload=${encodeURIComponent(JSON.stringify(blockActionsPayload({ actionId: 'summit_review_correct', value: correctValue, responseUrl: slack.responses.urlFor(id), userId, channelId: SLACK_CHANNEL })))}`,
      );
    await click('U0READER', 'reader');
    const told = await slack.responses.posts.next((p) => p.path === '/respond/reader');
    expect(told.body.text).toMatch(/^Reviewing facts is for editors/);
    expect(slack.api.calls.all.filter((c) => c.method === 'views.open')).toEqual([]);
    await click('U0EDITOR', 'editor');
    const opened = await slack.api.calls.next((c) => c.method === 'views.open');
    const view = JSON.parse(String(opened.args.view)) as { private_metadata: string; blocks: { block_id?: string }[] };
    const field = second.kind === 'person' ? 'role' : 'title';
    expect(view.blocks.map((b) => b.block_id)).toContain(field);
    const submission = {
      type: 'view_submission',
      team: { id: 'T0NEWS', domain: 'newsroom' },
      user: { id: 'U0EDITOR', username: 'editor', team_id: 'T0NEWS' },
      api_app_id: 'A0SUMMIT',
      token: 'legacy-verification-token',
      trigger_id: '1.2.4',
      view: {
        id: 'V0FORM',
        team_id: 'T0NEWS',
        type: 'modal',
        callback_id: 'summit_review_correct_form',
        private_metadata: view.private_metadata,
        state: { values: { [field]: { value: { type: 'plain_text_input', value: 'Corrected by the desk' } } } },
        hash: 'h',
      },
    };
    const submitted = await slack.signedEvent(`payload=${encodeURIComponent(JSON.stringify(submission))}`);
    expect(submitted.status).toBe(200);
    const replaced = await slack.responses.posts.next((p) => p.path === '/respond/editor');
    expect(replaced.body.replace_original).toBe(true);
    expect(replaced.body.text).toContain('Corrected “');

    // Each channel gets one correction, after its update was marked corrected in place.
    const slackCorrection = await slack.api.calls.next(
      (c) =>
        c.method === 'chat.postMessage' &&
        c.args.channel === SLACK_CHANNEL &&
        /Correction to/.test(String(c.args.text)),
    );
    expect(String(slackCorrection.args.text)).toMatch(/^Correction to the update of \d{1,2} [A-Z][a-z]{2}, \d\d:\d\d/);
    await discord.fake.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        r.path.endsWith(`/channels/${DISCORD_CHANNEL}/messages`) &&
        JSON.stringify(r.body).includes('Correction to'),
    );
    const slackPosts = slack.api.messages.get(SLACK_CHANNEL)!;
    expect(slackPosts).toHaveLength(2);
    expect(slackPosts[0]).toMatchObject({ ts: slackUpdate!.ts, edited: true });
    expect(slackPosts[0]!.text).toMatch(/^\(corrected\) The story changed/);
    expect(JSON.stringify(slackPosts[0]!.blocks)).toContain('[corrected: now “');
    const discordPosts = discord.fake.channels.in(DISCORD_CHANNEL);
    expect(discordPosts).toHaveLength(2);
    expect(discordPosts[0]).toMatchObject({ id: discordUpdate!.id });
    expect(discordPosts[0]!.embeds[0]).toMatchObject({
      title: expect.stringMatching(/^\(corrected\) The story changed/),
    });
    expect(JSON.stringify(discordPosts[1]!.embeds)).toContain('Correction to the update of');

    // The audit log holds both decisions, newest first.
    expect((await store.audit.latest(10)).map((e) => [e.action, e.factId, e.platform, e.editor])).toEqual([
      ['correct', second.id, 'slack', 'U0EDITOR'],
      ['confirm', first.id, 'discord', FAKE_IDS.user],
    ]);

    // A restart: the review service and the database open again; nothing more is posted.
    await review.stop();
    store = await openDatabase();
    review = await startReview({ config, store, publishers: publishers(), pack, logger });
    expect(slack.api.messages.get(SLACK_CHANNEL)).toHaveLength(2);
    expect(discord.fake.channels.in(DISCORD_CHANNEL)).toHaveLength(2);
  }, 60_000);
});
