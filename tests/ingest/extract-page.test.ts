import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/ingest/count-words.ts';
import { extractPage } from '../../src/ingest/extract-page.ts';
import { DEFAULT_DOM_LIMITS } from '../../src/ingest/dom-limits.ts';
import { publishedDay } from '../../src/ingest/published-day.ts';
import { agreement } from './readability-agreement.ts';

const REAL = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'pages', 'real');
const page = (name: string): string => readFileSync(path.join(REAL, name), 'utf8');
const URL_ = 'https://news.example/a';
const withoutJsonLd = (html: string): string =>
  html.replace(/<script type="application\/ld\+json"[^>]*>[\s\S]*?<\/script>/g, '');

function read(html: string) {
  const result = extractPage(html, URL_, DEFAULT_DOM_LIMITS);
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return { ...result, body: result.paragraphs.join('\n\n') };
}

describe('extractPage: furniture removal never eats the article', () => {
  const wp = page('wordpress-social-main.html');

  it('keeps a whole article whose <main> is named "js-social-anchor-start" inside a <body> named "..._share_on"', () => {
    const { body, paragraphs } = read(wp);
    expect(paragraphs[0]).toMatch(/^The regional port authority postponed a vote/);
    expect(body).toContain('its funding commitment had not changed.');
    // 7 paragraphs, then the newsletter pitch inside the article, which Readability keeps too (not mostly links).
    expect(paragraphs).toHaveLength(9);
  });

  it('keeps the three quarters of a story inside id="read-more"', () => {
    const { body } = read(wp);
    for (const line of ['We have heard serious concerns', 'Opponents of the plan', 'Supporters, including']) {
      expect(body).toContain(line);
    }
  });

  it('still drops the share bar, related posts, newsletter form, cookie notice, menu, "most read" and footer', () => {
    const { body } = read(wp);
    for (const furniture of [
      'Facebook',
      'Ferry fares',
      'Subscribe',
      'cookies',
      'Business',
      'Council budget',
      'rights',
    ]) {
      expect(body).not.toContain(furniture);
    }
  });

  it.each([
    'wordpress-social-main.html',
    'microdata-cdata.html',
    'news-meta-parsely.html',
    'japanese-article.html',
    'chinese-article.html',
    'bbc-style.html',
    'guardian-style.html',
    'lemonde-style.html',
    'amp-style.html',
    'aspnet-form-br.html',
  ])('%s: recall >= 0.97 and precision >= 0.98 against plain Readability', (name) => {
    const html = page(name);
    const { body, meta } = read(html);
    const { recall, precision } = agreement(body, html, meta.headline);
    expect(recall).toBeGreaterThanOrEqual(0.97);
    expect(precision).toBeGreaterThanOrEqual(0.98);
  });

  it('keeps a share-named paragraph block that holds a quarter or more of the article', () => {
    const paragraphs = Array.from(
      { length: 4 },
      (_, i) => `<p>Paragraph ${i} of the report says the council met again on Tuesday and voted on the plan.</p>`,
    );
    const html = `<html><head><meta property="article:published_time" content="2026-03-01"></head><body><article>${paragraphs.slice(0, 2).join('')}<div class="social-share">${paragraphs.slice(2).join('')}</div></article></body></html>`;
    expect(read(html).paragraphs).toHaveLength(4);
  });
});

describe('extractPage: the date the page states, in order of trust', () => {
  it.each([
    ['bbc-style.html', '2026-03-14T06:01:23.000Z'],
    ['guardian-style.html', '2026-03-14T07:00:12.000Z'],
    ['lemonde-style.html', '2026-03-14T08:30:05+01:00'],
    ['amp-style.html', '2026-03-13T17:45:00-08:00'],
    ['aspnet-form-br.html', '2026-03-12 14:20:00'],
  ])('%s states %s', (name, stated) => {
    expect(read(page(name)).meta.publishedAt).toBe(stated);
  });

  it('reads datePublished from JSON-LD wrapped in //<![CDATA[ with a raw line break inside a string', () => {
    expect(read(page('microdata-cdata.html')).meta.publishedAt).toBe('2026-03-14T09:12:00+09:00');
  });

  it('reads microdata itemprop="datePublished" from its content attribute', () => {
    expect(read(withoutJsonLd(page('microdata-cdata.html'))).meta.publishedAt).toBe('2026-03-14T09:12:00+09:00');
  });

  it('reads the parsely-pub-date news meta and never the modified time', () => {
    expect(read(page('news-meta-parsely.html')).meta.publishedAt).toBe('2026-03-12T05:00:00Z');
  });

  it('reads <time class="published" datetime> in the article header, not the updated time beside it', () => {
    const meta = read(withoutJsonLd(page('wordpress-social-main.html'))).meta;
    expect(meta.publishedAt).toBe('2026-03-09T18:45:00-05:00');
    expect(publishedDay(meta.publishedAt ?? '')).toBe('2026-03-09');
  });

  it('reads a <meta name="publishdate"> given as a bare day', () => {
    expect(read(page('chinese-article.html')).meta.publishedAt).toBe('2026-03-14');
  });

  it("reads the JSON-LD WebPage's datePublished when no article node states one (Yoast's graph)", () => {
    const html = page('wordpress-social-main.html').replace(/<time class="entry-date published"[^>]*>/, '<time>');
    expect(read(html).meta.publishedAt).toBe('2026-03-10T07:00:00+00:00');
  });

  it.each([
    ['<span class="news-date">2026.03.11 09:12</span>', '2026-03-11'],
    ['<p id="publishTime">2026年3月11日 9時12分</p>', '2026-03-11'],
    ['<div class="info-date">入力 2026-3-11</div>', '2026-03-11'],
  ])('reads a date written in an element named for it: %s', (written, day) => {
    const html = withoutJsonLd(page('chinese-article.html'))
      .replace('<meta name="publishdate" content="2026-03-14">', '')
      .replace('<div id="detail">', `${written}<div id="detail">`);
    expect(read(html).meta.publishedAt).toBe(day);
  });

  it('does not read a written date from an element named for the update time, nor a day-first date', () => {
    const html = withoutJsonLd(page('chinese-article.html'))
      .replace('<meta name="publishdate" content="2026-03-14">', '')
      .replace(
        '<div id="detail">',
        '<span class="updated-date">2026-03-15</span><span class="date">14/03/2026</span><div id="detail">',
      );
    expect(read(html).meta.publishedAt).toBeUndefined();
  });

  it('passes over a stated value that is not a date for the next source', () => {
    const html = page('news-meta-parsely.html')
      .replace('2026-03-12T05:00:00Z', 'unknown')
      .replace('<head>', '<head><meta name="pubdate" content="2026-03-11">');
    expect(read(html).meta.publishedAt).toBe('2026-03-11');
  });
});

describe('extractPage: page shapes of real sites', () => {
  it('keeps an article wrapped whole in an ASP.NET <form>, its paragraphs split by <br><br>', () => {
    const { paragraphs } = read(page('aspnet-form-br.html'));
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[3]).toBe(
      'The ministry plans to publish its final estimate in June, after the main harvest has been completed.',
    );
  });

  it('reads an AMP page and leaves out its consent popup and share buttons', () => {
    const { body } = read(page('amp-style.html'));
    expect(body).toMatch(/^The city council voted on Friday/);
    expect(body).not.toMatch(/cookies|Accept/);
  });

  it('keeps a Guardian-style body with rich links and a newsletter embed between paragraphs', () => {
    const { body } = read(page('guardian-style.html'));
    expect(body).toContain('Ministers have approved an 80-turbine wind farm');
    expect(body).toContain('though the amount has not been disclosed.');
    expect(body).not.toMatch(/Most viewed|Heatwave/);
  });
});

describe('extractPage: headlines and outlets', () => {
  it('cuts the outlet named after the headline from og:title, not only from <title>', () => {
    expect(read(withoutJsonLd(page('microdata-cdata.html'))).meta.headline).toBe(
      'Shipbuilders report record orders for ammonia-fuelled carriers',
    );
  });
});

describe('extractPage: languages written without spaces', () => {
  it('counts Japanese words by segmentation and accepts the article', () => {
    const { body, meta } = read(page('japanese-article.html'));
    expect(body).toContain('港湾局によりますと');
    expect(countWords([body])).toBeGreaterThan(100);
    expect(meta.publishedAt).toBe('2026-03-14T08:30:00+09:00');
  });

  it('accepts a Chinese article and leaves out its share links and footer', () => {
    const { body } = read(page('chinese-article.html'));
    expect(body).toContain('沿海港口管理部门14日宣布');
    expect(body).not.toMatch(/微博|版权所有|首页/);
  });
});

describe('extractPage: only articles', () => {
  it.each([
    ['section-front.html', /describes itself as a CollectionPage/],
    ['product-page.html', /describes itself as a Product/],
    ['listing-no-jsonld.html', /list of links|does not read as an article/],
    ['homepage.html', /list of links|does not read as an article/],
    ['section-front-times.html', /lists 6 articles/],
  ])('refuses %s as not an article', (name, reason) => {
    const result = extractPage(page(name), URL_, DEFAULT_DOM_LIMITS);
    expect(result).toMatchObject({ ok: false, refusal: 'not-article' });
    expect(result.ok ? '' : result.message).toMatch(reason);
  });
});

describe('extractPage: pages too big or too deep to read', () => {
  const deep = (n: number) =>
    `<html><body>${'<div>'.repeat(n)}<p>${'word '.repeat(80)}</p>${'</div>'.repeat(n)}</body></html>`;

  it('refuses a page nested 10,000 deep before Readability, with the depth', () => {
    const result = extractPage(deep(10_000), URL_, DEFAULT_DOM_LIMITS);
    expect(result).toEqual({
      ok: false,
      refusal: 'too-complex',
      message: `the page is nested too deep to read (10003 levels, at most ${DEFAULT_DOM_LIMITS.maxDepth})`,
    });
  });

  it('refuses a page of too many elements before parsing it', () => {
    const html = `<html><body>${'<p>x</p>'.repeat(DEFAULT_DOM_LIMITS.maxElements)}</body></html>`;
    expect(extractPage(html, URL_, DEFAULT_DOM_LIMITS)).toMatchObject({
      refusal: 'too-complex',
      message: expect.stringMatching(/too many elements to read \(100002, at most 100000\)/),
    });
  });

  it('does not count tags inside scripts (JavaScript templates) as elements', () => {
    const template = `<script>const rows = '${'<li>x</li>'.repeat(DEFAULT_DOM_LIMITS.maxElements)}';</script>`;
    const html = page('amp-style.html').replace('</head>', `${template}</head>`);
    expect(read(html).paragraphs[0]).toMatch(/^The city council voted/);
  });
});

describe('countWords', () => {
  it('counts a text longer than one slice exactly, and stops soon after the cap', () => {
    const text = 'a long sentence of article text '.repeat(2_000);
    expect(countWords([text])).toBe(12_000);
    expect(countWords([text], 200)).toBeLessThan(600);
  });
});
