// Facts answer first where sources disagree: a question of a value ("how long", "what time") that a recorded
// conflict covers is answered with both sides, each with its source; an alternative question ("in the afternoon or
// in the evening?") asks for a time of day. A pack of another story, built in memory.
import { describe, expect, it } from 'vitest';
import { answerAsk } from '../../../src/core/ask/answer-ask.ts';
import { questionKind } from '../../../src/core/ask/question-type.ts';
import { foldWords } from '../../../src/core/ask/tokenize.ts';
import type { Conflict, Person } from '../../../src/core/pack-schema.ts';
import type { StoryPack } from '../../../src/core/story-pack.ts';
import { memoryArticle, memoryPack } from '../../support/memory-pack.ts';

const person = (id: string, name: string): Person => ({
  id,
  name,
  spellings: [name],
  otherSpellings: [],
  shortNames: [name.split(' ').at(-1) ?? name],
  country: 'Elsewhere',
  key: false,
  roles: [{ role: 'Harbour master', citations: [{ article: '001', quote: name }] }],
});

const A = 'Harbour master Ann Berg met Tom Lund on the quay, and their talks lasted about two hours.';
const B = 'Ann Berg and Tom Lund held talks on the quay that went on for 40 minutes, officials said.';
const C = 'The ferry sailed from the harbour in the evening after a delay of three hours.';
const C2 = 'The ferry sailed from the harbour in the evening, a day late.';

function packOf(conflicts: Conflict[]): StoryPack {
  const articles = [
    memoryArticle('001', 'Harbour News', [A, 'The weather was calm.', C]),
    memoryArticle('002', 'Coast Daily', [B, 'Fishing boats stayed in port.', C2]),
  ];
  return memoryPack(articles, { people: [person('ann-berg', 'Ann Berg'), person('tom-lund', 'Tom Lund')], conflicts });
}

const talks: Conflict = {
  id: 'how-long-the-talks-lasted',
  topic: 'How long the talks lasted',
  people: [],
  events: [],
  claims: [
    { claim: 'about two hours', citations: [{ article: '001', quote: A }] },
    { claim: '40 minutes', citations: [{ article: '002', quote: B }] },
  ],
  provenance: 'extracted',
};

describe('ask: both sides where sources differ (match-conflicts.ts)', () => {
  it('answers "how long" with both claims of the conflict, each with its source, before any sentence', () => {
    const answer = answerAsk(packOf([talks]), 'How long did Ann Berg and Tom Lund talk on the quay?');
    expect(answer.status).toBe('answered');
    const [first] = answer.sections;
    expect(first?.heading).toBe('Sources differ: How long the talks lasted');
    expect(first?.lines.map((l) => l.citations[0]?.article.id)).toEqual(['001', '002']);
    expect(JSON.stringify(first?.lines)).toContain('40 minutes');
  });

  it('does not answer with a conflict about other people, or with one report contradicting itself', () => {
    const other = answerAsk(packOf([talks]), 'How long did the mayor and the bishop talk on the quay?');
    expect(other.sections.some((s) => s.conflict)).toBe(false);
    const oneReport: Conflict = {
      ...talks,
      claims: [talks.claims[0]!, { claim: 'three hours', citations: [{ article: '001', quote: C }] }],
    };
    const self = answerAsk(packOf([oneReport]), 'How long did Ann Berg and Tom Lund talk on the quay?');
    expect(self.sections.some((s) => s.conflict)).toBe(false);
  });
});

describe('a conflict answers only a question about its subject (match-conflicts.ts)', () => {
  it('how long the talks lasted does not answer how long the ferry crossing lasted; "do the reports agree" does', () => {
    const crossing = answerAsk(packOf([talks]), 'How long did the crossing of Ann Berg and Tom Lund last?');
    expect(crossing.sections.some((s) => s.conflict)).toBe(false);
    const agree = answerAsk(packOf([talks]), 'Do the reports agree on how long Ann Berg and Tom Lund talked?');
    expect(agree.sections[0]?.heading).toBe('Sources differ: How long the talks lasted');
  });
});

describe('an alternative question asks which of its alternatives (question-type.ts)', () => {
  it('"in the afternoon or in the evening?" asks for a time of day, and the answer may be one of its words', () => {
    expect(questionKind(foldWords('Did the ferry leave in the afternoon or in the evening?')).kind).toBe('clock');
    expect(questionKind(foldWords('Did the ferry leave in the evening?')).kind).toBe('yesno');
    const answer = answerAsk(packOf([]), 'Did the ferry sail from the harbour in the afternoon or in the evening?');
    expect(answer.status).toBe('answered');
    const strong = answer.sections.flatMap((s) => s.lines.flatMap((l) => l.parts.filter((p) => 'strong' in p)));
    expect(strong).toContainEqual(expect.objectContaining({ text: 'evening', strong: true }));
  });
});
