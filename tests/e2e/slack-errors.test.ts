// End to end, the error paths: a core failure, a rate-limited and a failing Web API. The user always gets a kind
// message, the log gets the details and a request id, and the app keeps serving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from '../fakes/slack-harness.ts';
import { blockActionsPayload, interactionBody, slashCommandBody } from '../fakes/slack-signing.ts';
import { bundledPack } from '../support/bundled-pack.ts';

let h: SlackHarness;
let packBroken = false;

beforeAll(async () => {
  h = await startSlackHarness('http', {
    getPack: () => {
      if (packBroken) throw new Error('pack went away');
      return bundledPack();
    },
  });
});
afterAll(async () => {
  await h?.stop();
});

const share = (id: string) =>
  h.signedEvent(
    interactionBody(
      blockActionsPayload({
        actionId: 'summit_share',
        value: '{"c":"who kim","p":0}',
        responseUrl: h.responses.urlFor(id),
      }),
    ),
  );

describe('Slack error handling', () => {
  it('answers a core failure with a kind message and a request id that finds the details in the log', async () => {
    packBroken = true;
    try {
      const res = await h.signedEvent(
        slashCommandBody({ text: 'who putin', responseUrl: h.responses.urlFor('broken') }),
      );
      expect(res.status).toBe(200);
      const body = (await res.json()) as { response_type?: string; text?: string };
      expect(body.response_type).toBe('ephemeral');
      const requestId = /request id (\w+)/.exec(body.text ?? '')?.[1];
      expect(body.text).toMatch(/^Sorry, something went wrong/);
      const logged = h.logs().find((l) => l.requestId === requestId && l.msg === 'answering /summit failed');
      expect(logged).toMatchObject({ level: 50, text: 'who putin', err: { message: 'pack went away' } });
    } finally {
      packBroken = false;
    }
  });

  it('waits as Slack asks on a 429 and posts the shared answer on the retry', async () => {
    h.api.failNext('chat.postMessage', 429, { 'retry-after': '0' });
    await share('rate-limited');
    await h.api.calls.next((c) => c.method === 'chat.postMessage');
    const retried = await h.api.calls.next((c) => c.method === 'chat.postMessage');
    expect(JSON.stringify(retried.args.blocks)).toContain('Shared by <@U0ALICE>');
  });

  it('logs a Web API that keeps failing and tells the user, without crashing', async () => {
    h.api.failNext('chat.postMessage', 500);
    h.api.failNext('chat.postMessage', 500);
    await share('server-error');
    const { body } = await h.responses.posts.next((p) => p.path === '/respond/server-error');
    expect(body.text).toMatch(/^I could not post in this channel/);
    expect(h.logs().some((l) => l.msg === 'chat.postMessage failed for a share')).toBe(true);
    // Still serving.
    const res = await h.signedEvent(slashCommandBody({ text: 'help', responseUrl: h.responses.urlFor('still-up') }));
    expect(((await res.json()) as { text?: string }).text).toMatch(/^\/summit: Sourced answers/);
  });

  it('never writes the bot token or signing secret to the log', () => {
    const all = JSON.stringify(h.logs());
    expect(all).not.toContain('xoxb-1-test-token');
    expect(all).not.toContain(SIGNING_SECRET);
  });
});
