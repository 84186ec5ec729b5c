// A story pack of another story, built in memory from sentences: for rules that need only articles and a fact sheet.
import type { DraftAnswer } from '../../src/core/answer-draft.ts';
import type { FactSheet, Person } from '../../src/core/pack-schema.ts';
import type { Article, StoryPack } from '../../src/core/story-pack.ts';

export function memoryArticle(id: string, outlet: string, sentences: readonly string[]): Article {
  return {
    id,
    headline: null,
    outlet,
    url: null,
    published: '2024-05-03',
    publishedEstimated: false,
    kind: 'original-reporting',
    basedOn: null,
    furniture: [],
    file: `${id}.md`,
    body: sentences.join(' '),
    sentences,
  };
}

export function memoryPack(articles: readonly Article[], facts: Partial<FactSheet> = {}): StoryPack {
  const sheet: FactSheet = { people: [], timeline: [], conflicts: [], ...facts };
  return {
    dir: '/nowhere',
    loadedAt: new Date(0),
    articles,
    articleById: new Map(articles.map((a) => [a.id, a])),
    facts: sheet,
    personById: new Map(sheet.people.map((p) => [p.id, p])),
    eventById: new Map(sheet.timeline.map((e) => [e.id, e])),
    citationCount: 0,
  };
}

/** A person of the fact sheet with one role, cited in article 001, and their surname as short name. */
export function memoryPerson(id: string, name: string, role: string): Person {
  return {
    id,
    name,
    spellings: [name],
    otherSpellings: [],
    shortNames: [name.split(' ').at(-1) ?? name],
    country: 'Norway',
    key: false,
    roles: [{ role, citations: [{ article: '001', quote: name }] }],
  };
}

/** The bold answer spans of an answer's lines. */
export function answersOf(answer: DraftAnswer): string[] {
  return answer.sections.flatMap((s) =>
    s.lines.flatMap((l) => l.parts.flatMap((p) => (p.type === 'text' && p.strong === true ? [p.text] : []))),
  );
}
