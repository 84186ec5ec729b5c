// Whether a feed's article is about the story, from what the pack already holds: a general news feed brings every
// subject, and only this story's belongs in its pack. The rule (docs/ingest.md): the text names at least one person
// of the fact sheet by a full spelling (any of `spellings` / `otherSpellings`; short names such as a bare surname are
// too ambiguous), or at least two different places or terms the story holds (the people's countries and the
// timeline's tags of four letters or more). Names match whole words, case-insensitively, with a hyphen or a space
// between their parts. A feed added with `all` skips this rule.
import { perPack } from '../core/per-pack.ts';
import type { StoryPack } from '../core/story-pack.ts';

/** Places and terms needed when no person is named: one alone ("China", "history") is most of the news. */
const TERMS_NEEDED = 2;
const MIN_TERM_LENGTH = 4;

export interface StoryTopic {
  isAbout(text: string): boolean;
}

export const storyTopic = perPack((pack: StoryPack): StoryTopic => {
  const people = pack.facts.people.flatMap((p) => [...p.spellings, ...p.otherSpellings]).map(wordPattern);
  const terms = [
    ...new Set([
      ...pack.facts.people.map((p) => p.country.toLowerCase()),
      ...pack.facts.timeline.flatMap((e) => e.tags.map((t) => t.toLowerCase())),
    ]),
  ]
    .filter((t) => [...t].length >= MIN_TERM_LENGTH || /\p{Script=Han}/u.test(t))
    .map(wordPattern);
  return {
    isAbout(text) {
      if (people.some((p) => p.test(text))) return true;
      let found = 0;
      for (const term of terms) if (term.test(text) && ++found >= TERMS_NEEDED) return true;
      return false;
    },
  };
});

/** A name as a whole-word pattern; its parts may be joined by spaces or hyphens ("Kim Jong-un", "Kim Jong Un"). */
function wordPattern(name: string): RegExp {
  const parts = name
    .trim()
    .split(/[\s\-‐–]+/)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Scripts written without spaces have no word edges to require.
  const edge = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name) ? '' : '(?<![\\p{L}\\p{N}])';
  const end = edge ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${edge}${parts.join('[\\s\\-‐–]+')}${end}`, 'iu');
}
