// A story pack of another story, built in memory from sentences: for rules that need only articles and a fact sheet.
import type { FactSheet } from '../../src/core/pack-schema.ts';
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
