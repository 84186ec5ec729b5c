// HTML text to a DOM with linkedom, refused before Readability when the page is too big or too deep to read within
// the extraction budget: Readability's cost grows with depth times size (a 24 KB page nested 2,000 deep took 41 s),
// and a 5 MB page of tiny paragraphs costs ~750 MB as a DOM. Counting runs before (elements, on the text) and after
// (depth, on the tree, without recursion) parsing. linkedom, not jsdom: docs/ingest.md.
import { parseHTML } from 'linkedom';
import type { DomLimits } from './dom-limits.ts';

export type Doc = ReturnType<typeof parseHTML>['document'];

export type Parsed = { ok: true; doc: Doc } | { ok: false; message: string };

export function parseHtmlDocument(html: string): Doc {
  return parseHTML(html).document;
}

export function parseWithinLimits(html: string, limits: DomLimits): Parsed {
  const tags = countTags(html);
  if (tags > limits.maxElements) {
    return { ok: false, message: `the page has too many elements to read (${tags}, at most ${limits.maxElements})` };
  }
  const doc = parseHtmlDocument(html);
  const depth = treeDepth(doc);
  if (depth > limits.maxDepth) {
    return { ok: false, message: `the page is nested too deep to read (${depth} levels, at most ${limits.maxDepth})` };
  }
  return { ok: true, doc };
}

/** Start tags in the markup, not counting those inside scripts and styles (JavaScript templates hold many). */
function countTags(html: string): number {
  return countStartTags(html) - countInside(html, /<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>/gi);
}

function countInside(html: string, blocks: RegExp): number {
  let count = 0;
  for (const match of html.matchAll(blocks)) count += countStartTags(match[0]) - 1;
  return count;
}

function countStartTags(html: string): number {
  let count = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const next = html.charCodeAt(i + 1);
    // An ASCII letter after '<' opens an element — https://html.spec.whatwg.org/multipage/syntax.html#start-tags
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) count++;
  }
  return count;
}

/** The deepest element's depth, walked with an explicit stack (a recursive walk is what deep pages overflow). */
function treeDepth(doc: Doc): number {
  let max = 0;
  const stack: [Element, number][] = [];
  const root = doc.documentElement as unknown as Element | null;
  if (root) stack.push([root, 1]);
  while (stack.length > 0) {
    const [el, depth] = stack.pop() as [Element, number];
    if (depth > max) max = depth;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return max;
}
