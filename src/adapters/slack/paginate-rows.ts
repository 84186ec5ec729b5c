// Rows -> pages: packs rows into section blocks (<= 3000 characters each) and sections into pages that stay within
// Slack's block count and message size, with room for the largest frame any page of the answer gets (header, shared-by
// and note lines, footer, buttons: page-frame.ts). Greedy and order-preserving.
import { shortenEscaped } from './escape-mrkdwn.ts';
import type { Row } from './answer-rows.ts';
import { MAX_BLOCKS, MAX_CONTEXT_ELEMENTS, MAX_PAGE_TEXT, MAX_SECTION_TEXT } from './slack-limits.ts';

export interface RowPage {
  /** mrkdwn texts of the page's section blocks. */
  readonly sections: readonly string[];
  /** Source numbers cited on this page, ascending. */
  readonly sources: readonly number[];
}

/** Blocks every page may add around its content: header, "shared by", footer, actions. */
export const FIXED_BLOCKS = 4;

export interface PaginateOptions {
  /** Length of the context element listing source `n` (the paginator only needs its size). */
  readonly sourceTextLength: (n: number) => number;
  readonly headings: readonly string[];
  /** The most characters a page's frame adds around its content, on any page of the answer and whoever shares it. */
  readonly frameText: number;
}

export function paginateRows(rows: readonly Row[], options: PaginateOptions): RowPage[] {
  const pages: RowPage[] = [];
  let sections: string[] = [];
  let sources = new Set<number>();
  let text = 0;

  const fits = (nextSections: string[], nextSources: Set<number>, nextText: number) =>
    nextSections.length + Math.ceil(nextSources.size / MAX_CONTEXT_ELEMENTS) + FIXED_BLOCKS <= MAX_BLOCKS &&
    nextText + options.frameText <= MAX_PAGE_TEXT;

  // Each heading opens a new section block, so the answer's sections read apart.
  const withRow = (base: string[], row: string, isHeading: boolean) => {
    const last = base[base.length - 1];
    if (last !== undefined && !isHeading && last.length + 1 + row.length <= MAX_SECTION_TEXT) {
      return [...base.slice(0, -1), `${last}\n${row}`];
    }
    return [...base, row];
  };

  for (const row of rows) {
    const nextSources = new Set([...sources, ...row.sources]);
    const addedSources = [...nextSources].filter((n) => !sources.has(n));
    const addedText = row.text.length + 1 + addedSources.reduce((sum, n) => sum + options.sourceTextLength(n), 0);
    const nextSections = withRow(sections, row.text, row.isHeading);
    if (sections.length === 0 || fits(nextSections, nextSources, text + addedText)) {
      sections = nextSections;
      sources = nextSources;
      text += addedText;
      continue;
    }
    pages.push({ sections, sources: [...sources].sort((a, b) => a - b) });
    // A page that opens mid-section repeats the section's heading, so every page reads on its own.
    const heading = !row.isHeading && row.section >= 0 ? continuedHeading(options.headings[row.section] ?? '') : '';
    sections = [heading ? `${heading}\n${row.text}` : row.text];
    sources = new Set(row.sources);
    text = sections[0]!.length + row.sources.reduce((sum, n) => sum + options.sourceTextLength(n), 0);
  }
  if (sections.length > 0 || pages.length === 0) pages.push({ sections, sources: [...sources].sort((a, b) => a - b) });
  return pages;
}

function continuedHeading(heading: string): string {
  return `*${shortenEscaped(heading, 200)}* (continued)`;
}
