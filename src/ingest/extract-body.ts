/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The article text of a page: page furniture removed first (remove-furniture.ts), then Mozilla's Readability picks the
// article, then only the text of its blocks is kept (no markup, so nothing from the page can reach chat as HTML or a
// link). Text is cut into paragraphs at block boundaries, so text sitting directly in a <div> beside its <p>s, in a
// table cell or a caption, is kept as Readability kept it.
import { Readability } from '@mozilla/readability';
import { parseHtmlDocument, type Doc } from './parse-html.ts';
import { removeFurniture } from './remove-furniture.ts';

/** Elements that end a paragraph: https://html.spec.whatwg.org/multipage/dom.html#flow-content minus phrasing. */
const BLOCKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN ' +
    'OL P PRE SECTION TABLE TBODY TD TH THEAD TR UL'
  ).split(' '),
);

export interface ReadArticle {
  readonly paragraphs: string[];
  /** Share of the article's text inside links: high for a list of headlines. */
  readonly linkDensity: number;
}

/** The article's paragraphs, or undefined when Readability finds no article. Mutates `doc`. */
export function extractArticle(doc: Doc): ReadArticle | undefined {
  removeFurniture(doc);
  // Readability's types name the DOM lib's Document; linkedom's document is structurally what it reads.
  const article = new Readability(doc as unknown as Document, { charThreshold: 0, keepClasses: false }).parse();
  if (!article?.content) return undefined;
  const content = parseHtmlDocument(`<!doctype html><html><body>${article.content}</body></html>`);
  const body = content.body as unknown as Element;
  // Lengths as they are (white space included): squashing a 5 MB text first costs a second.
  const all = (body.textContent ?? '').trim().length;
  let linked = 0;
  for (const a of body.querySelectorAll('a')) linked += (a.textContent ?? '').trim().length;
  return { paragraphs: blockTexts(body), linkDensity: all === 0 ? 0 : linked / all };
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Text runs between block boundaries, in document order, walked without recursion. */
function blockTexts(root: Element): string[] {
  const out: string[] = [];
  let run = '';
  const flush = (): void => {
    const text = squash(run);
    if (/[\p{L}\p{N}]/u.test(text)) out.push(text);
    run = '';
  };
  // Each entry is a node to visit, or a marker that a block element ended.
  const stack: (Node | 'end')[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node | 'end';
    if (node === 'end') {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      run += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const block = BLOCKS.has((node as Element).tagName.toUpperCase());
    if (block) {
      flush();
      stack.push('end');
    }
    const children = [...node.childNodes];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  flush();
  return out;
}
