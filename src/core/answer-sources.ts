// `sources` and `sources <id>`: the articles behind every answer, labelled by what kind of source they are.
import { distance } from 'fastest-levenshtein';
import { command, noteLine, say, type DraftAnswer, type DraftCitation, type DraftLine } from './answer-draft.ts';
import { cite, citeRef, KIND_LABELS, publishedLabel } from './cite.ts';
import type { Article, StoryPack } from './story-pack.ts';

export function answerSourcesList(pack: StoryPack): DraftAnswer {
  const counts = citationCounts(pack);
  return {
    status: 'answered',
    title: 'Sources',
    summary: say(
      `${pack.articles.length} articles, ${originalCount(pack)}; pack loaded ${pack.loadedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    ),
    sections: [
      {
        heading: 'Articles',
        lines: pack.articles.map((a): DraftLine => ({
          kind: 'article',
          ref: { type: 'article', id: a.id },
          parts: say(
            `${a.id} · ${a.headline ? `“${a.headline}”` : '(no headline)'} · ${a.outlet} · ${publishedLabel(a)} · ${KIND_LABELS[a.kind]}${a.basedOn ? ` · based on ${a.basedOn}` : ''} · ${a.url ?? 'URL unknown'} · cited by ${counts.get(a.id) ?? 0} facts`,
          ),
          citations: [cite(a, lede(a))],
        })),
      },
    ],
  };
}

export function answerSource(pack: StoryPack, id: string): DraftAnswer {
  const article = pack.articleById.get(id) ?? pack.articleById.get(id.padStart(3, '0'));
  if (!article) {
    const closest = [...pack.articleById.keys()].sort((a, b) => distance(a, id) - distance(b, id))[0];
    return {
      status: 'not-found',
      title: `No source “${id}”`,
      summary: say(
        `The pack has ${[...pack.articleById.keys()].join(', ')}.`,
        ...(closest ? [' Try ', command(`sources ${closest}`), '.'] : []),
      ),
      sections: [],
    };
  }
  const about: DraftLine[] = [
    line(`Outlet: ${article.outlet}`),
    line(`Published: ${publishedLabel(article)}${article.publishedNote ? ` — ${article.publishedNote}` : ''}`),
    line(`Kind: ${KIND_LABELS[article.kind]}`),
    line(`Based on: ${article.basedOn ?? 'not stated'}`),
    line(`URL: ${article.url ?? 'unknown'}`),
    ...(article.provenanceNote ? [line(`Note: ${article.provenanceNote}`)] : []),
    ...(article.furniture.length > 0
      ? [line(`Page furniture, not article text: ${article.furniture.map((f) => `“${f}”`).join(', ')}`)]
      : []),
  ];
  const supports = factsCiting(pack, article);
  return {
    status: 'answered',
    title: `${article.id}: ${article.headline ?? '(no headline)'}`,
    summary: say(`${KIND_LABELS[article.kind]}. ${supports.length} facts in the fact sheet cite it.`),
    sections: [
      { heading: 'About this source', lines: about },
      { heading: 'Facts it supports', lines: supports },
    ],
  };
}

function line(text: string): DraftLine {
  return noteLine(text);
}

function lede(article: Article): string {
  return article.sentences[0] ?? article.body.slice(0, 200);
}

/** One line per fact that cites the article, with every quote it takes from it. */
function factsCiting(pack: StoryPack, article: Article): DraftLine[] {
  const fact = (text: string, refs: readonly { article: string; quote: string }[]): DraftLine[] => {
    const mine: DraftCitation[] = refs.filter((r) => r.article === article.id).map((c) => citeRef(pack, c));
    return mine.length > 0 ? [{ kind: 'fact', parts: say(text), citations: mine }] : [];
  };
  const { people, timeline, conflicts } = pack.facts;
  return [
    ...people.flatMap((p) => p.roles.flatMap((r) => fact(`${p.name}: ${r.role}`, r.citations))),
    ...timeline.flatMap((e) => fact(`Timeline: ${e.title}`, e.sources)),
    ...conflicts.flatMap((k) => k.claims.flatMap((cl) => fact(`${k.topic}: ${cl.claim}`, cl.citations))),
  ];
}

function citationCounts(pack: StoryPack): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of pack.articles) counts.set(a.id, factsCiting(pack, a).length);
  return counts;
}

function originalCount(pack: StoryPack): string {
  const n = pack.articles.filter((a) => a.kind === 'original-reporting').length;
  return n === 0 ? 'none of them original reporting' : `${n} of them original reporting`;
}
