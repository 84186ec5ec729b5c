// Signed Slack requests that Bolt alone would let through: a form key written twice reaches no listener (400, where
// the listener used to get an array), and a timestamp more than five minutes ahead is refused like one five minutes
// old. Real requests keep being answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from '../fakes/slack-harness.ts';
import { slackSignatureHeaders, slashCommandBody } from '../fakes/slack-signing.ts';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness('http');
});
afterAll(async () => {
  await h?.stop();
});

const command = (text: string) => slashCommandBody({ text, responseUrl: h.responses.urlFor('guard') });
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('Slack requests checked before Bolt', () => {
  it.each(['text', 'channel_id'])('refuses a signed body with %s given twice with 400', async (key) => {
    const body = `${command('who putin')}&${key}=again`;
    const res = await h.signedEvent(body);
    expect([res.status, await res.text()]).toEqual([400, '']);
    expect(h.logs().some((l) => String(l.msg).includes('is not a function'))).toBe(false);
  });

  it('reads a key without a value up to its "&", not to a later "=": a valueless key twice is refused', async () => {
    const res = await h.signedEvent(`flag&${command('who putin')}&flag`);
    expect([res.status, await res.text()]).toEqual([400, '']);
  });

  it('refuses a key given twice when the second is percent-encoded (%74ext is text to the form parser)', async () => {
    const res = await h.signedEvent(`${command('who putin')}&%74ext=again`);
    expect(res.status).toBe(400);
  });

  it('refuses a signed request timestamped 400 s in the future with 401, and answers one 60 s ahead', async () => {
    const body = command('who putin');
    const ahead = await h.postEvent(body, slackSignatureHeaders(body, SIGNING_SECRET, nowSeconds() + 400));
    expect(ahead.status).toBe(401);
    const near = await h.postEvent(body, slackSignatureHeaders(body, SIGNING_SECRET, nowSeconds() + 60));
    expect(near.status).toBe(200);
    expect(((await near.json()) as { text: string }).text).toContain('Vladimir Putin');
  });
});
