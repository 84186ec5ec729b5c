// `who` and `who <name>`: the people, or one person's profile with what every source says about them.
import { command, say, type DraftAnswer, type DraftLine, type DraftPart, type DraftSection } from './answer-draft.ts';
import { cite, citeRef } from './cite.ts';
import { conflictSections } from './answer-conflicts.ts';
import { eventLine } from './answer-timeline.ts';
import { matchName } from './match-name.ts';
import { articlesQuoting, sentencesContaining, sentencesMentioning, type IndexedSentence } from './pack-index.ts';
import { sortedEvents } from './timeline-order.ts';
import type { Person, StoryPack } from './story-pack.ts';

function personPart(person: Person): DraftPart {
  return { type: 'person', personId: person.id, name: person.name };
}

/**
 * The provenance a person's line carries: extracted facts are marked until an editor reviews them, and so is a
 * reviewed person's line once it shows roles read from new articles by machine.
 */
function provenanceOf(person: Person): 'reviewed' | 'extracted' {
  const extracted = person.provenance === 'extracted' || person.roles.some((r) => r.provenance === 'extracted');
  return extracted ? 'extracted' : 'reviewed';
}

type Role = Person['roles'][number];

/**
 * A person's roles as `who` shows them: one role listed once (the same words from several sources join, citing them
 * all), the most-cited first; never a coordination or clause opener ("and Russian President") left by extraction.
 */
export function shownRoles(person: Person): Role[] {
  const byWords = new Map<string, Role>();
  for (const role of person.roles) {
    const words = role.role.replace(/^(?:and|or|but|which|who|while|y|und|și|и)\s+/iu, '');
    const key = words.toLowerCase();
    const same = byWords.get(key);
    if (!same) byWords.set(key, { ...role, role: words, citations: [...role.citations] });
    else {
      same.citations.push(...role.citations.filter((c) => !same.citations.some((d) => d.article === c.article)));
      if (role.provenance !== 'extracted') byWords.set(key, { ...same, provenance: role.provenance });
    }
  }
  const articles = (r: Role): number => new Set(r.citations.map((c) => c.article)).size;
  return [...byWords.values()].sort((a, b) => articles(b) - articles(a));
}

export function answerWhoList(pack: StoryPack): DraftAnswer {
  const lines = pack.facts.people.map((person): DraftLine => {
    const mentions = new Set(sentencesMentioning(pack, person).map((s) => s.article.id)).size;
    const roles = shownRoles(person)
      .map((r) => r.role)
      .join('; ');
    return {
      kind: 'role',
      ref: { type: 'person', id: person.id },
      provenance: provenanceOf(person),
      parts: say(
        personPart(person),
        ` — ${roles} (${person.country}) · mentioned by ${mentions} of ${pack.articles.length} sources`,
      ),
      citations: shownRoles(person).flatMap((r) => r.citations.map((c) => citeRef(pack, c))),
    };
  });
  return {
    status: 'answered',
    title: 'Who is in the story',
    summary: say('Roles as the sources give them. Ask ', command('who <name>'), ' for a profile.'),
    sections: [{ heading: `People (${lines.length})`, lines }],
  };
}

export function answerWho(pack: StoryPack, query: string): DraftAnswer {
  const match = matchName(pack, query);
  if (match.kind === 'found') return profile(pack, match.person);
  if (match.kind === 'ambiguous') {
    return {
      status: 'not-found',
      title: `“${query}” could mean ${match.candidates.length} people`,
      summary: say('Ask again with one of these names.'),
      sections: [
        {
          heading: 'Candidates',
          lines: match.candidates.map((p) => ({
            kind: 'role' as const,
            ref: { type: 'person' as const, id: p.id },
            provenance: provenanceOf(p),
            parts: say(personPart(p), ` — ${shownRoles(p)[0]?.role ?? ''} (${p.country})`),
            citations: shownRoles(p)[0]?.citations.map((c) => citeRef(pack, c)) ?? [],
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
      summary: say(
        `The fact sheet has no entry for “${query}”, but the articles mention it. Their words, unverified by an editor:`,
      ),
      sections: sentencesBySource(mentions, 'extracted'),
    };
  }
  const hint = match.closest ? ` Did you mean ${match.closest.name}?` : '';
  return {
    status: 'not-found',
    title: `No one called “${query}” in the story`,
    summary: say(
      `Neither the fact sheet nor the articles mention “${query}”.${hint} Try `,
      command('who'),
      ' for the list.',
    ),
    sections: [],
  };
}

function profile(pack: StoryPack, person: Person): DraftAnswer {
  const spellingLines = person.spellings.map((spelling): DraftLine => {
    const articles = articlesQuoting(pack, spelling);
    return {
      kind: 'spelling',
      ref: { type: 'person', id: person.id },
      parts: say(`Spelled “${spelling}”`),
      citations: articles.map((a) => cite(a, spelling)),
    };
  });
  if (person.otherSpellings.length > 0) {
    spellingLines.push({
      kind: 'note',
      parts: say(`Also found by: ${person.otherSpellings.join(', ')} (spellings these sources do not use)`),
      citations: [],
    });
  }
  const mentions = sentencesMentioning(pack, person);
  const events = sortedEvents(pack.facts.timeline.filter((e) => e.people.includes(person.id)));
  const sections: DraftSection[] = [
    {
      heading: 'Role',
      lines: shownRoles(person).map((r) => ({
        kind: 'role' as const,
        ref: { type: 'person' as const, id: person.id },
        provenance: r.provenance ?? (person.provenance === 'extracted' ? 'extracted' : 'reviewed'),
        parts: say(`${r.role} (${person.country})`),
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
    summary: say(
      silent.length > 0
        ? `Mentioned by ${pack.articles.length - silent.length} of ${pack.articles.length} sources; ${silent.map((a) => a.id).join(', ')} ${silent.length === 1 ? 'does' : 'do'} not mention ${person.name}.`
        : `Mentioned by all ${pack.articles.length} sources.`,
    ),
    sections,
  };
}

/** Sentences grouped by article; `extracted` marks words no editor has tied to a fact yet. */
function sentencesBySource(sentences: readonly IndexedSentence[], provenance?: 'extracted'): DraftSection[] {
  const articles = [...new Set(sentences.map((s) => s.article))];
  return articles.map((article) => ({
    heading: `What ${article.id} (${article.outlet}) says`,
    lines: sentences
      .filter((s) => s.article === article)
      .map((s) => ({
        kind: 'mention' as const,
        ref: { type: 'article' as const, id: article.id },
        ...(provenance ? { provenance } : {}),
        parts: say(s.text),
        citations: [cite(article, s.text)],
      })),
  }));
}
