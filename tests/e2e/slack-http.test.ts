// End to end, HTTP mode: the real Bolt app behind startSlack, signed requests to /slack/events, answers read where
// Slack would show them (the slash command's HTTP response, a button's response_url, chat.postMessage).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryPack } from '../../src/core/story-pack.ts';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from '../fakes/slack-harness.ts';
import type { ResponsePost } from '../fakes/slack-response-url.ts';
import {
  blockActionsPayload,
  interactionBody,
  slackSignatureHeaders,
  slashCommandBody,
} from '../fakes/slack-signing.ts';
import { bundledPack } from '../support/bundled-pack.ts';

let h: SlackHarness;

beforeAll(async () => {
  h = await startSlackHarness('http');
});
afterAll(async () => {
  await h?.stop();
});

const command = (text: string, id: string) => slashCommandBody({ text, responseUrl: h.responses.urlFor(id) });
/** A signed /summit command; the answer is the body of the HTTP response (Slack's immediate response). */
async function ask(text: string, id = 'unused'): Promise<ResponsePost['body']> {
  const res = await h.signedEvent(command(text, id));
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('application/json');
  return (await res.json()) as ResponsePost['body'];
}
const allText = (post: ResponsePost['body']) =>
  (post.blocks ?? []).flatMap((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => e.text ?? '')]).join('\n');
const buttons = (post: ResponsePost['body']) =>
  (post.blocks ?? []).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []));

describe('Slack in HTTP mode', () => {
  it('checks the bot token with auth.test against SLACK_API_URL', async () => {
    const call = await h.api.calls.next((c) => c.method === 'auth.test');
    expect(call.authorization).toBe('Bearer xoxb-1-test-token');
  });

  it('answers /summit who putin in the ack with Putin’s role and numbered sources, only to the asker', async () => {
    const body = await ask('who putin', 'putin');
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('Vladimir Putin');
    expect(body.blocks?.[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Vladimir Putin' } });
    const text = allText(body);
    expect(text).toContain('*Role*\n• Russian President (Russia) [1][2][3]');
    expect(text).toMatch(/\*\[1\]\* <https:\/\/topgab\.com\/[^|]+\|topgab\.com \(news aggregator\), [^>]+>/);
    expect(text).toContain('*[3]*');
    expect(buttons(body).map((b) => b.action_id)).toEqual(['summit_share']);
  });

  it('refuses a request with a bad signature (401) and answers nothing', async () => {
    const body = command('who putin', 'forged');
    const res = await h.postEvent(body, slackSignatureHeaders(body, 'f'.repeat(32)));
    expect(res.status).toBe(401);
  });

  it('refuses a correctly signed request older than five minutes', async () => {
    const body = command('who putin', 'stale');
    const res = await h.postEvent(
      body,
      slackSignatureHeaders(body, SIGNING_SECRET, Math.floor(Date.now() / 1000) - 6 * 60),
    );
    expect(res.status).toBe(401);
    // A fresh request sent afterwards is answered first: nothing ever arrived for the stale one.
    expect(allText(await ask('help'))).toContain('/summit who kim');
    expect(h.responses.posts.all.some((p) => p.path.endsWith('/forged') || p.path.endsWith('/stale'))).toBe(false);
  });

  it('answers an unknown subcommand with the help', async () => {
    const body = await ask('bogus stuff');
    expect(allText(body)).toContain('There is no “bogus” command.');
    expect(allText(body)).toContain('/summit who kim');
  });

  it('escapes mention syntax the user typed, so it cannot ping the channel', async () => {
    const body = await ask('who <!channel> & <@U0BOSS>');
    const json = JSON.stringify(body.blocks);
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<@U0BOSS>');
    expect(json).toContain('&lt;!channel&gt; &amp; &lt;@U0BOSS&gt;');
  });

  it('shares the answer in the channel with the same blocks, attributed to the person who shared it', async () => {
    const shown = await ask('who putin');
    const share = buttons(shown).find((b) => b.action_id === 'summit_share')!;
    const res = await h.signedEvent(
      interactionBody(
        blockActionsPayload({
          actionId: 'summit_share',
          value: share.value!,
          responseUrl: h.responses.urlFor('share-click'),
          userId: 'U0ALICE',
        }),
      ),
    );
    expect(res.status).toBe(200);
    const posted = await h.api.calls.next((c) => c.method === 'chat.postMessage');
    expect(posted.args.channel).toBe('C0DESK');
    const blocks = posted.args.blocks as ResponsePost['body']['blocks'];
    expect(blocks?.[1]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Shared by <@U0ALICE>' }] });
    // The same answer: every block but the attribution and the (now absent) Share button.
    const withoutControls = (b: NonNullable<typeof blocks>) =>
      b.filter((x) => x.type !== 'actions' && !x.elements?.[0]?.text?.startsWith('Shared by'));
    expect(withoutControls(blocks!)).toEqual(withoutControls(shown.blocks!));
  });

  it('answers a tampered button value with a kind ephemeral message and changes nothing', async () => {
    const value = JSON.stringify({ c: 'who putin', p: 0, s: '!channel' });
    await h.signedEvent(
      interactionBody(
        blockActionsPayload({ actionId: 'summit_share', value, responseUrl: h.responses.urlFor('tampered') }),
      ),
    );
    const { body } = await h.responses.posts.next((p) => p.path === '/respond/tampered');
    expect(body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(body.text).toBe('That button no longer works. Please run the command again, for example `/summit help`.');
  });
});

// The bundled timeline fits one page; told twice over (every event again under another id and title: the same line
// twice is shown once) it takes more.
describe('Slack in HTTP mode: an answer of several pages', () => {
  const bundled = bundledPack();
  const again = bundled.facts.timeline.map((e) => ({ ...e, id: `${e.id}-again`, title: `${e.title}, told again` }));
  const twiceTold: StoryPack = {
    ...bundled,
    facts: { ...bundled.facts, timeline: [...bundled.facts.timeline, ...again] },
  };
  let main: SlackHarness;
  beforeAll(async () => {
    main = h;
    h = await startSlackHarness('http', { getPack: () => twiceTold });
  });
  afterAll(async () => {
    await h?.stop();
    h = main;
  });

  it('turns the page in place: Next replaces the ephemeral message with page 2 at the response_url', async () => {
    const first = await ask('timeline');
    expect(allText(first)).toContain('page 1 of 2');
    const next = buttons(first).find((b) => b.action_id === 'summit_page_next')!;
    await h.signedEvent(
      interactionBody(
        blockActionsPayload({
          actionId: 'summit_page_next',
          value: next.value!,
          responseUrl: h.responses.urlFor('long-next'),
        }),
      ),
    );
    const second = (await h.responses.posts.next((p) => p.path === '/respond/long-next')).body;
    expect(second.replace_original).toBe(true);
    expect(allText(second)).toContain('page 2 of 2');
    expect(buttons(second).map((b) => b.action_id)).toEqual(['summit_page_previous', 'summit_share', 'summit_picture']);
    expect(allText(second)).not.toEqual(allText(first));
  });

  it('turns the page of a shared message with chat.update, keeping who shared it', async () => {
    const value = JSON.stringify({ c: 'timeline', p: 1, s: 'U0ALICE' });
    await h.signedEvent(
      interactionBody(
        blockActionsPayload({
          actionId: 'summit_page_next',
          value,
          responseUrl: h.responses.urlFor('public-next'),
          ephemeral: false,
          messageTs: '1700000000.000200',
        }),
      ),
    );
    const update = await h.api.calls.next((c) => c.method === 'chat.update');
    expect(update.args).toMatchObject({ channel: 'C0DESK', ts: '1700000000.000200' });
    expect(JSON.stringify(update.args.blocks)).toContain('Shared by <@U0ALICE>');
    expect(JSON.stringify(update.args.blocks)).toContain('page 2 of 2');
  });
});
