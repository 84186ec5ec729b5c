// One small Answer with every mark a renderer must show: a command in the summary, an expected event with its date,
// a line read from the text and not yet reviewed, and a conflict section whose claims disagree.
import type { Answer } from '../../src/core/answer-model.ts';

export const markedAnswer: Answer = {
  schemaVersion: 2,
  status: 'answered',
  title: 'Timeline: parade',
  summary: [
    { type: 'text', text: 'Two events. Ask ' },
    { type: 'command', command: 'who <name>' },
    { type: 'text', text: ' for a profile.' },
  ],
  sections: [
    {
      heading: 'Events',
      lines: [
        {
          kind: 'event',
          ref: { type: 'event', id: 'parade' },
          status: 'expected',
          provenance: 'reviewed',
          parts: [
            { type: 'date', value: '2025-09-03', precision: 'day', label: '3 Sep 2025' },
            { type: 'text', text: ' — Military parade in Beijing' },
          ],
          citations: [{ source: 1, quote: 'a military parade on Wednesday' }],
        },
        {
          kind: 'event',
          ref: { type: 'event', id: 'talks' },
          status: 'happened',
          provenance: 'extracted',
          parts: [
            { type: 'date', value: '2025-09-03', precision: 'day', label: '3 Sep 2025' },
            { type: 'text', text: ' — ' },
            { type: 'quote', source: 2, text: 'The talks lasted two and a half hours.' },
          ],
          citations: [{ source: 2, quote: 'The talks lasted two and a half hours.' }],
        },
      ],
    },
    {
      heading: 'Sources differ: how long the talks lasted',
      conflict: { id: 'talks-length', topic: 'how long the talks lasted' },
      lines: [
        {
          kind: 'claim',
          ref: { type: 'conflict', id: 'talks-length' },
          parts: [{ type: 'text', text: 'two and a half hours' }],
          citations: [{ source: 2, quote: 'The talks lasted two and a half hours.' }],
        },
        {
          kind: 'claim',
          ref: { type: 'conflict', id: 'talks-length' },
          parts: [{ type: 'text', text: 'an hour and a half' }],
          citations: [{ source: 1, quote: 'they spoke for an hour and a half' }],
        },
      ],
    },
  ],
  sources: [
    {
      n: 1,
      articleId: '000',
      headline: 'Parade',
      outlet: 'Example Wire',
      url: 'https://example.com/a',
      published: '2025-09-02',
      publishedEstimated: false,
      kind: 'original-reporting',
    },
    {
      n: 2,
      articleId: '007',
      headline: null,
      outlet: 'Other Daily',
      url: null,
      published: '2025-09-03',
      publishedEstimated: true,
      kind: 'aggregator-rewrite',
    },
  ],
  actions: [],
};
