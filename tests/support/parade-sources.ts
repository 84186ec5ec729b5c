// The bundled pack whose parade has five sources: its three, and two more reports (copies of article 004 under new
// ids, each quoting its own sentence), for what a line shows of many sources and what the JSON carries.
import type { StoryPack } from '../../src/core/story-pack.ts';
import { bundledPack } from './bundled-pack.ts';

export const FOURTH = 'The parade will last about 70 minutes and will be overseen by Chinese leader Xi Jinping.';
export const FIFTH = 'Most Western leaders will likely stay away';

/** The bundled parade (three sources) with two more reports: copies of article 004, each quoting its own sentence. */
export function packWithFiveParadeSources(): StoryPack {
  const base = bundledPack();
  const original = base.articleById.get('004')!;
  const copies = ['x1', 'x2'].map((id) => ({ ...original, id }));
  return {
    ...base,
    articles: [...base.articles, ...copies],
    articleById: new Map([...base.articleById, ...copies.map((a) => [a.id, a] as const)]),
    facts: {
      ...base.facts,
      timeline: base.facts.timeline.map((e) =>
        e.id !== 'victory-day-parade'
          ? e
          : {
              ...e,
              sources: [
                ...e.sources,
                { ...e.sources[0]!, article: 'x1', quote: FOURTH },
                { ...e.sources[0]!, article: 'x2', quote: FIFTH },
              ],
            },
      ),
    },
  };
}
