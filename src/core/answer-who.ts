// `who` and `who <name>`: the people, or one person's profile with what every source says about them.
import type { Answer, AnswerLine, AnswerSection } from './answer-model.ts';
import { cite, citeRef } from './cite.ts';
import { conflictSections } from './answer-conflicts.ts';
import { eventLine } from './answer-timeline.ts';
import { matchName } from './match-name.ts';
import { normalizeQuoteText } from './normalize-text.ts';
import { sentencesContaining, sentencesMentioning, type IndexedSentence } from './pack-index.ts';
import { sortedEvents } from './timeline-order.ts';
import type { Person, StoryPack } from './story-pack.ts';

export function answerWhoList(pack: StoryPack): Answer {
  const lines = pack.facts.people.map((person): AnswerLine => {
    const mentions = new Set(sentencesMentioning(pack, person).map((s) => s.article.id)).size;
    const roles = person.roles.map((r) => r.role).join('; ');
    return {
      text: `${person.name} — ${roles} (${person.country}) · mentioned by ${mentions} of ${pack.articles.length} sources`,
      citations: person.roles.flatMap((r) => r.citations.map((c) => citeRef(pack, c))),
    };
  });
  return {
    status: 'answered',
    title: 'Who is in the story',
    summary: 'Roles as the sources give them. Ask `who <name>` for a profile.',
    sections: [{ heading: `People (${lines.length})`, lines }],
  };
}

export function answerWho(pack: StoryPack, query: string): Answer {
  const match = matchName(pack, query);
  if (match.kind === 'found') return profile(pack, match.person);
  if (match.kind === 'ambiguous') {
    return {
      status: 'not-found',
      title: `“${query}” could mean ${match.candidates.length} people`,
      summary: 'Ask again with one of these names.',
      sections: [
        {
          heading: 'Candidates',
          lines: match.candidates.map((p) => ({
            text: `${p.name} — ${p.roles[0]?.role ?? ''} (${p.country})`,
            citations: p.roles[0]?.citations.map((c) => citeRef(pack, c)) ?? [],
          })),
        },
      ],
    };
  }
  const mentions = sentencesContaining(pack, query);
  if (mentions.length > 0) {
    return {
      status: 'answered',
      title: `${query}: not yet in the fact sheet`,
      summary: `The fact sheet has no entry for “${query}”, but the articles mention it. Their words, unverified by an editor:`,
      sections: sentencesBySource(mentions, ['not-in-fact-sheet']),
    };
  }
  const hint = match.closest ? ` Did you mean ${match.closest.name}?` : '';
  return {
    status: 'not-found',
    title: `No one called “${query}” in the story`,
    summary: `Neither the fact sheet nor the articles mention “${query}”.${hint} Try \`who\` for the list.`,
    sections: [],
  };
}

function profile(pack: StoryPack, person: Person): Answer {
  const spellingLines = person.spellings.map((spelling): AnswerLine => {
    const articles = pack.articles.filter((a) => normalizeQuoteText(a.body).includes(normalizeQuoteText(spelling)));
    return { text: `Spelled “${spelling}”`, citations: articles.map((a) => cite(a, spelling)) };
  });
  if (person.otherSpellings.length > 0) {
    spellingLines.push({
      text: `Also found by: ${person.otherSpellings.join(', ')} (spellings these sources do not use)`,
      citations: [],
    });
  }
  const mentions = sentencesMentioning(pack, person);
  const events = sortedEvents(pack.facts.timeline.filter((e) => e.people.includes(person.id)));
  const sections: AnswerSection[] = [
    {
      heading: 'Role',
      lines: person.roles.map((r) => ({
        text: `${r.role} (${person.country})`,
        citations: r.citations.map((c) => citeRef(pack, c)),
      })),
    },
    { heading: 'Spellings', lines: spellingLines },
    ...conflictSections(pack, (c) => c.people.includes(person.id)),
    ...sentencesBySource(mentions),
  ];
  if (events.length > 0) sections.push({ heading: 'Timeline', lines: events.map((e) => eventLine(pack, e)) });
  const silent = pack.articles.filter((a) => !mentions.some((m) => m.article === a));
  return {
    status: 'answered',
    title: person.name,
    summary:
      silent.length > 0
        ? `Mentioned by ${pack.articles.length - silent.length} of ${pack.articles.length} sources; ${silent.map((a) => a.id).join(', ')} ${silent.length === 1 ? 'does' : 'do'} not mention ${person.name}.`
        : `Mentioned by all ${pack.articles.length} sources.`,
    sections,
  };
}

function sentencesBySource(sentences: readonly IndexedSentence[], tags?: AnswerLine['tags']): AnswerSection[] {
  const articles = [...new Set(sentences.map((s) => s.article))];
  return articles.map((article) => ({
    heading: `What ${article.id} (${article.outlet}) says`,
    lines: sentences
      .filter((s) => s.article === article)
      .map((s) => ({ text: s.text, citations: [cite(article, s.text)], ...(tags ? { tags } : {}) })),
  }));
}
