// The renderer contract every platform passes: each Answer the core can produce (and hostile ones) fits every
// Discord limit, pings nobody, and loses no line — long answers paginate.
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/adapters/discord/answer-message.ts';
import { answerToEmbeds } from '../../../src/adapters/discord/answer-to-embeds.ts';
import { escapeMarkdown } from '../../../src/adapters/discord/escape-markdown.ts';
import type { Answer } from '../../../src/core/answer-model.ts';
import { hostileAnswer, sampleAnswers } from '../../support/sample-answers.ts';
import { limitProblems } from './discord-limits-check.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ');

function checkContract(answer: Answer) {
  const pages = answerToEmbeds(answer);
  expect(pages.length).toBeGreaterThan(0);
  pages.forEach((_, page) => {
    const message = answerMessage(pages, page, { pageId: (p) => `sd1:p:${p}:who:x`, shareId: `sd1:s:${page}:who:x` });
    expect(limitProblems(message)).toEqual([]);
  });
  const shown = squash(pages.flatMap((p) => (p.fields ?? []).map((f) => f.value)).join(' '));
  for (const section of answer.sections) {
    for (const line of section.lines) expect(shown).toContain(squash(escapeMarkdown(line.text)));
  }
  return pages;
}

describe('Discord renderer contract', () => {
  it.each(sampleAnswers().map((s) => [s.command, s.answer] as const))('fits "%s" into Discord limits', (_, answer) => {
    checkContract(answer);
  });

  it('paginates a hostile answer of huge lines without losing one, and escapes every mention', () => {
    const pages = checkContract(hostileAnswer({ sections: 6, lines: 12, lineLength: 2500 }));
    expect(pages.length).toBeGreaterThan(10);
    // Footers show plain text (no markdown, no mentions), so only the rendered parts must be escaped.
    const json = JSON.stringify(pages.map((p) => ({ ...p, footer: undefined })));
    expect(json).not.toMatch(/(?<!\\\\)<[@#!]/);
    expect(json).not.toMatch(/@(everyone|here)/);
  });

  it('handles many short sections and a very long title and summary', () => {
    checkContract(hostileAnswer({ sections: 60, lines: 3, lineLength: 40 }));
    checkContract(hostileAnswer({ sections: 2, lines: 2, lineLength: 9000 }));
    checkContract(hostileAnswer({ sections: 1, lines: 3, lineLength: 40, urlLength: 1990 }));
  });
});
