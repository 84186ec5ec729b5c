/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Page furniture removed before Readability runs: tags and ARIA roles that are never article text, hidden elements,
// the page's own top <header>, and blocks whose class or id names cookie banners, newsletter boxes, share bars,
// "most read" rails and the like. Names are only a hint: real sites put "share" or "social" on the <main> or <body>
// that holds the whole article (`class="js-social-anchor-start"`, `f_bigpic_share_on`, `id="read-more"` around most of
// a story), so a block is judged by what it holds as well: the main content candidate and its ancestors are never
// removed, nor a block holding most of the page's text, and a named block inside the article only when it is mostly
// links (a share bar, a related rail) and a small part of it. A text box inside the article (a newsletter pitch) is
// left to Readability, which keeps what it judges article: the project may remove more furniture than Readability,
// never more article.
import type { Doc } from './parse-html.ts';

/** Elements that are never article text. */
const FURNITURE_TAGS = 'script, style, noscript, template, iframe, svg, form, button, nav, footer, aside, dialog';
/** ARIA roles of page furniture — https://www.w3.org/TR/wai-aria-1.2/#landmark_roles */
const FURNITURE_ROLES = ['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search'];
/** Whole words of class/id names (split on `-`, `_` and camelCase) that name a furniture block. */
const FURNITURE_WORDS = new Set([
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'newsletter',
  'newsletters',
  'signup',
  'trending',
  'recommended',
  'recommendations',
  'share',
  'sharing',
  'sharebar',
  'social',
  'promo',
  'paywall',
  'regwall',
  'subscribe',
  'byline',
  'breadcrumb',
  'breadcrumbs',
  'outbrain',
  'taboola',
]);
/** Two-word names, e.g. `most-read`, `mostPopular`, `more-stories`, `sign_up`. */
const FURNITURE_PAIRS = new Set(['most read', 'most popular', 'most viewed', 'more stories', 'sign up', 'read next']);
/** A named block inside the article is removed only when it holds less than this share of the article's text... */
const MAX_SHARE_INSIDE = 0.25;
/** ...and at least this share of its text is links (or it has no text: an icon row). */
const LINKY = 0.5;
/** A block holding at least this share of the page's text is never furniture. */
const MOST_OF_PAGE = 0.5;

type El = Element;

export function removeFurniture(doc: Doc): void {
  const body = doc.body as unknown as El | null;
  if (!body) return;
  const pageChars = textLength(body);
  const main = mainCandidate(doc);
  const protectedEls = new Set<El>();
  for (let el: El | null = main; el; el = el.parentElement) protectedEls.add(el);
  // The article around the candidate: its <article> or articleBody when it has one, else its parent, so that a box
  // beside the paragraphs (a newsletter pitch after them) counts as inside the article.
  const region = main ? (main.closest('article, [itemprop~="articleBody"]') ?? main.parentElement ?? main) : null;
  const mainChars = region ? textLength(region) : pageChars;
  const doomed = new Set<El>();
  const consider = (el: El, named: boolean): void => {
    if (protectedEls.has(el) || doomed.has(el)) return;
    const chars = textLength(el);
    if (pageChars > 0 && chars >= pageChars * MOST_OF_PAGE) return;
    if (region?.contains(el) && named) {
      if (chars >= mainChars * MAX_SHARE_INSIDE) return;
      if (chars > 0 && linkDensity(el, chars) < LINKY) return;
    }
    doomed.add(el);
  };
  for (const el of doc.querySelectorAll(FURNITURE_TAGS)) consider(el as unknown as El, false);
  for (const el of doc.querySelectorAll('[role], [aria-hidden="true"], [hidden]')) {
    const role = el.getAttribute('role')?.toLowerCase() ?? '';
    if (FURNITURE_ROLES.includes(role) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) {
      consider(el as unknown as El, false);
    }
  }
  for (const el of doc.querySelectorAll('[class], [id]')) {
    if (isFurnitureName(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) {
      consider(el as unknown as El, true);
    }
  }
  // The page's own <header> bar (logo, menu) goes; a header inside the article holds only the headline and byline.
  for (const el of doc.querySelectorAll('body > header, body > div > header')) consider(el as unknown as El, false);
  for (const el of doomed) el.remove();
}

/** True when one class or id token, read as words, names a furniture block. */
export function isFurnitureName(names: string): boolean {
  for (const token of names.split(/\s+/)) {
    const words = token
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[-_\s]+/)
      .filter(Boolean);
    if (words.some((w) => FURNITURE_WORDS.has(w))) return true;
    for (let i = 1; i < words.length; i++) if (FURNITURE_PAIRS.has(`${words[i - 1]} ${words[i]}`)) return true;
  }
  return false;
}

/**
 * The element most likely to hold the article, scored as Readability does in outline: each paragraph's text counts
 * for its parent and half for its grandparent. Only used to protect it, so a rough choice is enough.
 */
function mainCandidate(doc: Doc): El | null {
  const scores = new Map<El, number>();
  for (const p of doc.querySelectorAll('p, pre')) {
    const chars = textLength(p as unknown as El);
    if (chars < 25) continue;
    const parent = (p as unknown as El).parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + chars);
    const grand = parent?.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + chars / 2);
  }
  let best: El | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  return best;
}

/** Characters of text, white space included: only compared with each other, and squashing 5 MB costs a second. */
function textLength(el: El): number {
  return (el.textContent ?? '').trim().length;
}

function linkDensity(el: El, chars: number): number {
  if (chars === 0) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += textLength(a);
  return linked / chars;
}
