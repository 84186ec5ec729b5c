// Property, through the full Slack HTTP path (signed POST -> Bolt -> our listener -> the ack's body): whatever a user
// types after /summit, the answer fits every Slack limit, carries no markup but ours, and the app stays up.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackMessage } from '../../src/adapters/slack/block-kit.ts';
import { checkSlackMessage } from '../adapters/slack/check-slack-message.ts';
import { startSlackHarness, type SlackHarness } from '../fakes/slack-harness.ts';
import { slashCommandBody } from '../fakes/slack-signing.ts';

let h: SlackHarness;

beforeAll(async () => {
  h = await startSlackHarness('http');
});
afterAll(async () => {
  await h?.stop();
});

const word = fc.constantFrom(
  ...['who', 'timeline', 'sources', 'ask', 'brief', 'help', 'preview', 'status', 'subscribe', 'putin', 'kim', 'sep'],
  ...['3', '004', '<!channel>', '<!here>', '<@U0BOSS>', '<https://evil.example|click>', '&', '>', '*', '`', '\u0000'],
);
const commandText = fc.oneof(
  fc.string({ maxLength: 600 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(word, { maxLength: 14 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 4000 }),
);

describe('any command text through the full Slack HTTP path', () => {
  it('answers within every Slack limit with no unescaped <, and keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(commandText, async (text) => {
        const body = slashCommandBody({ text, responseUrl: h.responses.urlFor('fuzz') });
        const res = await h.signedEvent(body);
        expect(res.status).toBe(200);
        const answer = (await res.json()) as SlackMessage & { response_type: string };
        expect(answer.response_type).toBe('ephemeral');
        expect(checkSlackMessage(answer)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
    expect(h.logs().filter((l) => Number(l.level) >= 50)).toEqual([]);
    expect(h.responses.posts.all).toEqual([]);
  }, 60_000);
});
