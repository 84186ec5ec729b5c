// The brief as channel messages: exact JSON for a short brief, and a footer too full for the ref line.
import { describe, expect, it } from 'vitest';
import { postToMessages, partNonce, readRef } from '../../../src/adapters/discord/brief-messages.ts';
import type { Answer, AnswerSource } from '../../../src/core/answer-model.ts';
import { limitProblems } from './discord-limits-check.ts';

const KEY = 'brief-AAAAAAAAAAAAAAAAAA';

describe('postToMessages', () => {
  it('renders a one-message brief with its nonce and ref line', () => {
    const answer: Answer = {
      schemaVersion: 2,
      status: 'answered',
      title: 'Brief for 3 Sep',
      summary: [{ type: 'text', text: 'Nothing new.' }],
      sections: [],
      sources: [],
      actions: [],
    };
    expect(postToMessages(answer, KEY, false)).toEqual([
      {
        embeds: [
          { title: 'Brief for 3 Sep', description: 'Nothing new.', color: 0x5865f2, footer: { text: `ref ${KEY}` } },
        ],
        allowed_mentions: { parse: [] },
        nonce: KEY,
        enforce_nonce: true,
      },
    ]);
  });

  it('keeps the ref in the content when the footer has no room, and readRef still finds it', () => {
    const sources: AnswerSource[] = Array.from({ length: 40 }, (_, i) => ({
      n: i + 1,
      articleId: String(i).padStart(3, '0'),
      headline: null,
      outlet: 'outlet.example',
      published: '2025-09-03',
      publishedEstimated: false,
      kind: 'original-reporting',
      url: `https://outlet.example/${'x'.repeat(300)}/${i}`,
    }));
    const answer: Answer = {
      schemaVersion: 2,
      status: 'answered',
      title: 'Brief',
      summary: [],
      sections: [
        {
          heading: 'Latest',
          lines: sources.map((s) => ({
            kind: 'article' as const,
            parts: [{ type: 'text' as const, text: `quote ${s.n}` }],
            citations: [{ source: s.n, quote: `quote ${s.n}` }],
          })),
        },
      ],
      sources,
      actions: [],
    };
    const messages = postToMessages(answer, KEY, true);
    for (const [i, m] of messages.entries()) {
      expect(limitProblems(m)).toEqual([]);
      expect(m.nonce).toBe(partNonce(KEY, i));
      expect(readRef(m)).toEqual({ key: KEY, part: i + 1, parts: messages.length });
    }
    expect(messages[0]?.content).toMatch(/^\(delayed\) /);
    expect(new Set(messages.map((m) => m.nonce)).size).toBe(messages.length);
  });
});
