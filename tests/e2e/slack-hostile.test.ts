// End to end, forged and broken requests against the real Bolt app in HTTP mode: each is refused cleanly (a 4xx, no
// answer, nothing posted), and the app keeps answering real requests afterwards.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from '../fakes/slack-harness.ts';
import {
  blockActionsPayload,
  interactionBody,
  slackSignatureHeaders,
  slashCommandBody,
} from '../fakes/slack-signing.ts';

let h: SlackHarness;

beforeAll(async () => {
  h = await startSlackHarness('http');
});
afterAll(async () => {
  await h?.stop();
});
// Whatever each request was, it posted nothing to any channel: checked after every test, so it holds for a test run
// alone as much as for the whole file.
afterEach(() => {
  expect(h.api.calls.all.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
});

const command = (text: string) => slashCommandBody({ text, responseUrl: h.responses.urlFor('hostile') });
const nowSeconds = () => Math.floor(Date.now() / 1000);

async function stillAnswers(): Promise<void> {
  const res = await h.signedEvent(command('who putin'));
  expect(res.status).toBe(200);
  expect(((await res.json()) as { text: string }).text).toContain('Vladimir Putin');
}

describe('forged and broken Slack requests', () => {
  it('refuses a request without signature headers', async () => {
    const res = await h.postEvent(command('who putin'), { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('');
  });

  it('refuses a signature made with another secret, and one for another body', async () => {
    const body = command('who putin');
    expect((await h.postEvent(body, slackSignatureHeaders(body, 'f'.repeat(32)))).status).toBe(401);
    const headers = slackSignatureHeaders(command('help'), SIGNING_SECRET);
    expect((await h.postEvent(body, headers)).status).toBe(401);
  });

  it('refuses a captured request replayed after five minutes (its signature pins the timestamp)', async () => {
    const body = command('who putin');
    const captured = slackSignatureHeaders(body, SIGNING_SECRET, nowSeconds() - 5 * 60 - 1);
    expect((await h.postEvent(body, captured)).status).toBe(401);
    // Moving the timestamp forward breaks the signature.
    expect((await h.postEvent(body, { ...captured, 'x-slack-request-timestamp': String(nowSeconds()) })).status).toBe(
      401,
    );
  });

  it('refuses a body over 1 MB with 413 without reading it all, and keeps serving', async () => {
    const body = command('x'.repeat(1024 * 1024 + 10));
    const res = await h.signedEvent(body);
    expect(res.status).toBe(413);
    await stillAnswers();
  });

  it('refuses a signed body sent with the wrong content type', async () => {
    const body = command('who putin');
    expect((await h.signedEvent(body, { 'content-type': 'text/plain' })).status).toBe(400);
    expect((await h.signedEvent(body, { 'content-type': 'application/json' })).status).toBe(400);
    await stillAnswers();
  });

  it('refuses a button payload that is not JSON', async () => {
    const res = await h.signedEvent(`payload=${encodeURIComponent('{"type":"block_actions","actions":[')}`);
    expect(res.status).toBe(400);
    await stillAnswers();
  });

  it('answers a page button whose value was tampered with by a kind ephemeral message', async () => {
    for (const [id, value] of [
      ['negative-page', '{"c":"timeline","p":-1}'],
      ['extra-key', '{"c":"timeline","p":1,"x":"<!channel>"}'],
      ['oversized', JSON.stringify({ c: 'w'.repeat(5000), p: 0 })],
      ['not-json', '<!channel>'],
    ] as const) {
      const payload = blockActionsPayload({ actionId: 'summit_page_next', value, responseUrl: h.responses.urlFor(id) });
      const res = await h.signedEvent(interactionBody(payload));
      expect(res.status).toBe(200);
      const { body } = await h.responses.posts.next((p) => p.path === `/respond/${id}`);
      expect(body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      expect(body.text).toBe('That button no longer works. Please run the command again, for example `/summit help`.');
    }
    expect(h.api.calls.all.filter((c) => c.method === 'chat.update')).toEqual([]);
  });
});
