// End to end, the error paths: a core failure, a rate-limited and a failing Web API. The user always gets a kind
// message, the log gets the details and a request id, and the app keeps serving.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from '../fakes/slack-harness.ts';
import { blockActionsPayload, interactionBody, slashCommandBody } from '../fakes/slack-signing.ts';
import { bundledPack } from '../support/bundled-pack.ts';

let h: SlackHarness;
let packBroken = false;

// A fresh app and fakes for every test: scripted failures and logs never carry over, so each test passes alone and in
// any order.
beforeEach(async () => {
  packBroken = false;
  h = await startSlackHarness('http', {
    getPack: () => {
      if (packBroken) throw new Error('pack went away');
      return bundledPack();
    },
  });
});
afterEach(async () => {
  await h?.stop();
});

/** Clicks Share on `who <name>`; each test shares its own name, so it awaits its own posts in any order. */
const share = (id: string, name: string) =>
  h.signedEvent(
    interactionBody(
      blockActionsPayload({
        actionId: 'summit_share',
        value: JSON.stringify({ c: `who ${name}`, p: 0 }),
        responseUrl: h.responses.urlFor(id),
      }),
    ),
  );
const postOf = (title: string) => (c: { method: string; args: Record<string, unknown> }) =>
  c.method === 'chat.postMessage' && JSON.stringify(c.args.blocks).includes(title);

/** A core failure and a Web API that keeps failing, as the tests below provoke them; resolves once both are logged. */
async function provokeLoggedFailures(id: string): Promise<void> {
  packBroken = true;
  try {
    await h.signedEvent(slashCommandBody({ text: 'who putin', responseUrl: h.responses.urlFor(`${id}-core`) }));
  } finally {
    packBroken = false;
  }
  h.api.failNext('chat.postMessage', 500);
  h.api.failNext('chat.postMessage', 500);
  await share(`${id}-api`, 'xi');
  await h.responses.posts.next((p) => p.path === `/respond/${id}-api`);
}

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
      expect(requestId).toBeDefined();
      const logged = h.logs().find((l) => l.requestId === requestId && l.msg === 'answering failed');
      expect(logged).toMatchObject({ level: 50, subcommand: 'who', err: { message: 'pack went away' } });
      expect(JSON.stringify(body)).not.toContain('pack went away');
    } finally {
      packBroken = false;
    }
  });

  it('waits as Slack asks on a 429 and posts the shared answer on the retry', async () => {
    h.api.failNext('chat.postMessage', 429, { 'retry-after': '0' });
    await share('rate-limited', 'kim');
    await h.api.calls.next(postOf('Kim Jong Un'));
    const retried = await h.api.calls.next(postOf('Kim Jong Un'));
    expect(JSON.stringify(retried.args.blocks)).toContain('Shared by <@U0ALICE>');
    expect(h.api.messages.get('C0DESK')).toHaveLength(1);
  });

  it('logs a Web API that keeps failing and tells the user, without crashing', async () => {
    h.api.failNext('chat.postMessage', 500);
    h.api.failNext('chat.postMessage', 500);
    await share('server-error', 'putin');
    const { body } = await h.responses.posts.next((p) => p.path === '/respond/server-error');
    expect(body.text).toMatch(/^I could not post in this channel/);
    expect(h.logs().some((l) => l.msg === 'chat.postMessage failed for a share')).toBe(true);
    // Still serving.
    const res = await h.signedEvent(slashCommandBody({ text: 'help', responseUrl: h.responses.urlFor('still-up') }));
    expect(((await res.json()) as { text?: string }).text).toMatch(/^\/summit: Sourced answers/);
  });

  it('never writes the bot token or signing secret to the log, even for failures', async () => {
    await provokeLoggedFailures('secrets');
    // The failures were logged as errors with their details (so there was something to leak) ...
    const errors = h.logs().filter((l) => Number(l.level) >= 50);
    expect(errors.map((l) => (l.err as { message?: string } | undefined)?.message)).toEqual([
      'pack went away',
      expect.stringMatching(/500|internal|An HTTP protocol error/i),
    ]);
    // ... and no secret is in any line.
    const all = JSON.stringify(h.logs());
    expect(all).not.toContain('xoxb-1-test-token');
    expect(all).not.toContain(SIGNING_SECRET);
  });
});
