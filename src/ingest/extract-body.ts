/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The article text of a page: page furniture removed first (cookie and consent banners, navigation, "most read" and
// related lists, newsletter boxes, scripts, footers), then Mozilla's Readability picks the article, then only the
// text of its blocks is kept (no markup, so nothing from the page can reach chat as HTML or a link).
// linkedom, not jsdom: same paragraphs on every fixture, several times faster and lighter (docs/ingest.md).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Elements that are never article text. */
const FURNITURE_TAGS = 'script, style, noscript, template, iframe, svg, form, button, nav, footer, aside, dialog';
/** ARIA roles of page furniture — https://www.w3.org/TR/wai-aria-1.2/#landmark_roles */
const FURNITURE_ROLES = ['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search'];
/** Class/id words of furniture blocks Readability does not already drop (it drops "related", "sidebar", "footer"). */
const FURNITURE_NAMES =
  /(^|[-_\s])(cookies?|consent|gdpr|privacy-banner|newsletter|signup|sign-up|most-?read|most-?popular|popular|trending|recommended|read-?more|more-?stories|share|social|promo|paywall-(prompt|message|notice)|regwall|subscribe|byline|breadcrumbs?)($|[-_\s])/i;
/** Blocks whose text is kept, one paragraph each. */
const TEXT_BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre';

type Doc = ReturnType<typeof parseHTML>['document'];

export function parseHtmlDocument(html: string): Doc {
  return parseHTML(html).document;
}

/** The article's paragraphs, or undefined when Readability finds no article. Mutates `doc`. */
export function extractParagraphs(doc: Doc): string[] | undefined {
  removeFurniture(doc);
  // Readability's types name the DOM lib's Document; linkedom's document is structurally what it reads.
  const article = new Readability(doc as unknown as Document, { charThreshold: 0, keepClasses: false }).parse();
  if (!article?.content) return undefined;
  return blockTexts(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document);
}

export function removeFurniture(doc: Doc): void {
  const doomed = new Set<Element>();
  for (const el of doc.querySelectorAll(FURNITURE_TAGS)) doomed.add(el as unknown as Element);
  for (const el of doc.querySelectorAll('[role], [class], [id], [aria-hidden="true"], [hidden]')) {
    const role = el.getAttribute('role')?.toLowerCase() ?? '';
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (
      FURNITURE_ROLES.includes(role) ||
      FURNITURE_NAMES.test(names) ||
      el.getAttribute('aria-hidden') === 'true' ||
      el.hasAttribute('hidden')
    )
      doomed.add(el as unknown as Element);
  }
  // The page's own <header> bar (logo, menu) goes; a header inside the article holds only the headline and byline.
  for (const el of doc.querySelectorAll('body > header, body > div > header')) doomed.add(el as unknown as Element);
  for (const el of doomed) el.remove();
}

function blockTexts(doc: Doc): string[] {
  const out: string[] = [];
  for (const el of doc.querySelectorAll(TEXT_BLOCKS)) {
    if (el.querySelector(TEXT_BLOCKS)) continue; // its inner blocks are taken one by one
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (/\p{L}/u.test(text)) out.push(text);
  }
  return out;
}
