import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/core/load-pack.ts';
import { formatProblem } from '../../src/core/pack-problem.ts';
import { copyOfBundledPack, editFile, emptyFolder } from '../support/fixture-pack.ts';

function problemsOf(dir: string): string[] {
  const result = loadPack(dir);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('loadPack on the bundled pack', () => {
  it('loads three articles, the people and the timeline with every quote verified', () => {
    const result = loadPack(copyOfBundledPack());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.articles.map((a) => a.id)).toEqual(['004', '000', '001']);
    expect(result.pack.facts.people.map((p) => p.name)).toContain('Masoud Pezeshkian');
    expect(result.pack.facts.timeline.length).toBeGreaterThanOrEqual(15);
    expect(result.pack.citationCount).toBeGreaterThan(40);
  });

  it('keeps article bodies verbatim and leaves page furniture out of the sentences', () => {
    const result = loadPack(copyOfBundledPack());
    if (!result.ok) throw new Error('pack should load');
    const glance = result.pack.articleById.get('001');
    expect(glance?.body.startsWith('What is the story about?\n')).toBe(true);
    expect(glance?.sentences).not.toContain('AI Generated Content');
    const topgab = result.pack.articleById.get('000');
    expect(topgab?.sentences.some((s) => s.includes('Related Sources'))).toBe(false);
    expect(topgab?.sentences).toContain(
      'Notably, U.S. President Donald Trump has expressed interest in rekindling discussions with Kim, suggesting that another meeting may occur later this year.',
    );
  });
});

describe('loadPack refuses a broken pack whole, naming file, entry and field', () => {
  it('reports a fact-sheet quote that is not in its article, with the closest passage', () => {
    const dir = copyOfBundledPack();
    editFile(dir, 'facts.yaml', (t) =>
      t.replace("'Vladimir Putin also arrived in Beijing on the same day'", "'Putin flew to Beijing on the same day'"),
    );
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^facts\.yaml: timeline\[\d+\]\.sources\[0\]\.quote not found in article 000 \(closest: ".*Beijing on the same day.*"\)$/,
    );
  });

  it('tolerates typographic quotes and whitespace differences in quotes, nothing else', () => {
    const dir = copyOfBundledPack();
    editFile(dir, 'facts.yaml', (t) =>
      t.replace(
        "'It’s been six years since Kim visited Beijing.'",
        '"It\'s   been six years since Kim visited Beijing."',
      ),
    );
    expect(loadPack(dir).ok).toBe(true);
  });

  it('reports every problem at once, not just the first', () => {
    const dir = copyOfBundledPack();
    editFile(dir, 'facts.yaml', (t) =>
      t
        .replace('country: Russia', 'country: ""')
        .replace('precision: year\n    people: [kim-jong-un]', 'precision: day\n    people: [kim-jong-un, nobody]'),
    );
    editFile(dir, 'articles/001.md', (t) => t.replace('kind: ai-summary', 'kind: rumour'));
    const problems = problemsOf(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^articles\/001\.md: kind /),
        expect.stringMatching(/^facts\.yaml: people\[2\]\.country must not be empty$/),
        expect.stringMatching(/^facts\.yaml: timeline\[1\]\.date date does not match precision/),
      ]),
    );
  });

  it('reports broken front matter by file', () => {
    const dir = copyOfBundledPack();
    editFile(dir, 'articles/000.md', (t) => t.replace('headline: "Kim', 'headline: [Kim'));
    expect(problemsOf(dir).join('\n')).toMatch(/^articles\/000\.md: front matter is not valid YAML/);
  });

  it('reports a file with no front matter at all', () => {
    const dir = copyOfBundledPack();
    writeFileSync(path.join(dir, 'articles/010.md'), 'Just a body, no metadata.');
    expect(problemsOf(dir)).toEqual(['articles/010.md: has no front matter (it must start with a line "---")']);
  });

  it('refuses duplicate article ids', () => {
    const dir = copyOfBundledPack();
    editFile(dir, 'articles/004.md', (t) => t.replace('id: "004"', 'id: "000"'));
    expect(problemsOf(dir)).toContain('articles/004.md: id "000" is already used by articles/000.md');
  });

  it('explains an unquoted numeric id', () => {
    const dir = copyOfBundledPack();
    editFile(dir, 'articles/004.md', (t) => t.replace('id: "004"', 'id: 004'));
    expect(problemsOf(dir).join('\n')).toMatch(/articles\/004\.md: id expected string, received number/);
  });

  it('reports a missing folder and an empty one', () => {
    expect(problemsOf(path.join(tmpdir(), 'no-such-summit-pack'))[0]).toMatch(
      /is not a folder \(set STORY_DIR or --story\)$/,
    );
    expect(problemsOf(emptyFolder())).toEqual([
      'articles: has no articles (*.md files)',
      'facts.yaml: cannot be read (ENOENT)',
    ]);
  });

  it('refuses a spelling no article uses', () => {
    const dir = copyOfBundledPack();
    editFile(dir, 'facts.yaml', (t) =>
      t.replace('spellings: [Vladimir Putin]', 'spellings: [Vladimir Putin, Wladimir Putin]'),
    );
    expect(problemsOf(dir)).toEqual([
      'facts.yaml: people[2].spellings[1] "Wladimir Putin" is not used by any article (move it to otherSpellings)',
    ]);
  });

  it('refuses a symlink pointing outside the pack, invalid UTF-8 and oversized files', () => {
    const dir = copyOfBundledPack();
    const outside = path.join(emptyFolder(), 'secret.md');
    writeFileSync(outside, '---\nid: "x"\n---\nsecret');
    symlinkSync(outside, path.join(dir, 'articles/020.md'));
    writeFileSync(path.join(dir, 'articles/021.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]));
    writeFileSync(path.join(dir, 'articles/022.md'), Buffer.alloc(3 * 1024 * 1024, 0x61));
    expect(problemsOf(dir)).toEqual([
      'articles/020.md: is a symlink pointing outside the pack',
      'articles/021.md: is not valid UTF-8 text',
      'articles/022.md: is 3.0 MB; the limit is 2.0 MB',
    ]);
  });

  it('refuses a 100 MB article without reading it', () => {
    const dir = copyOfBundledPack();
    const file = path.join(dir, 'articles/030.md');
    writeFileSync(file, '');
    truncateSync(file, 100 * 1024 * 1024);
    const started = Date.now();
    expect(problemsOf(dir)).toEqual(['articles/030.md: is 100.0 MB; the limit is 2.0 MB']);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a YAML alias bomb quickly', () => {
    const dir = copyOfBundledPack();
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    writeFileSync(path.join(dir, 'facts.yaml'), bomb.join('\n'));
    const started = Date.now();
    expect(problemsOf(dir)[0]).toMatch(/^facts\.yaml: is not usable YAML: .*alias/i);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a fact sheet with 100,000 entries with a clear message', () => {
    const dir = copyOfBundledPack();
    const people = Array.from(
      { length: 100_000 },
      (_, i) =>
        `  - {id: p${i}, name: P, spellings: [Kim], country: X, roles: [{role: r, citations: [{article: '000', quote: Kim}]}]}`,
    );
    writeFileSync(path.join(dir, 'facts.yaml'), `people:\n${people.join('\n')}\ntimeline: []\n`);
    expect(problemsOf(dir)).toEqual(expect.arrayContaining([expect.stringMatching(/^facts\.yaml: (people|is ).*/)]));
  });

  it('refuses a fact sheet citing an article that does not exist', () => {
    const dir = copyOfBundledPack();
    mkdirSync(path.join(dir, 'extra'), { recursive: true });
    editFile(dir, 'facts.yaml', (t) =>
      t.replace(
        "- { article: '004', quote: 'South Korea’s President Lee Jae Myung' }",
        "- { article: '404', quote: 'South Korea’s President Lee Jae Myung' }",
      ),
    );
    expect(problemsOf(dir)).toEqual([
      'facts.yaml: people[7].roles[0].citations[0].article "404" is not an article in the pack',
    ]);
  });

  it.each([
    [
      'a furniture line the body does not contain',
      'articles/004.md',
      (t: string) => t.replace('  - "Source link"', '  - "Read more"'),
      'articles/004.md: furniture[1] does not occur in the body',
    ],
    [
      'an article with an empty body',
      'articles/004.md',
      (t: string) => t.slice(0, t.indexOf('---\n', 4) + 4) + '\n  \n',
      'articles/004.md: body is empty',
    ],
    [
      'a URL that is not http(s)',
      'articles/000.md',
      (t: string) => t.replace(/^url: .*$/m, 'url: ftp://example.com/x'),
      'articles/000.md: url must be an http(s) URL or null',
    ],
    [
      'an unknown front matter field',
      'articles/000.md',
      (t: string) => t.replace('kind: aggregator-rewrite', 'kind: aggregator-rewrite\nauthor: someone'),
      /^articles\/000\.md: \(top level\) Unrecognized key: "author"$/,
    ],
    [
      'a person id used twice',
      'facts.yaml',
      (t: string) => t.replace('id: xi-jinping', 'id: kim-jong-un'),
      'facts.yaml: people[1].id "kim-jong-un" is used twice',
      // (the events citing xi-jinping are reported too: that id is gone)
    ],
    [
      'a timeline event naming an unknown person',
      'facts.yaml',
      (t: string) => t.replace('people: [vladimir-putin]\n', 'people: [vladimir-poutine]\n'),
      /^facts\.yaml: timeline\[\d+\]\.people\[0\] "vladimir-poutine" is not a person in the fact sheet$/,
    ],
    [
      'a conflict naming an unknown event',
      'facts.yaml',
      (t: string) =>
        t.replace('events: [victory-day-parade, japan-surrender-1945]', 'events: [victory-day-parade, no-such-event]'),
      'facts.yaml: conflicts[1].events[1] "no-such-event" is not a timeline event in the fact sheet',
    ],
    [
      'a conflict with a single claim',
      'facts.yaml',
      (t: string) => t.slice(0, t.lastIndexOf('      - claim: The 80th anniversary of the end of World War II')),
      /^facts\.yaml: conflicts\[1\]\.claims (Too small|too small)/,
    ],
  ])('reports %s', (_what, file, edit, expected) => {
    const dir = copyOfBundledPack();
    editFile(dir, file, edit);
    const problems = problemsOf(dir);
    expect(problems[0]).toEqual(typeof expected === 'string' ? expected : expect.stringMatching(expected));
    if (!file.startsWith('facts') || !/used twice/.test(String(expected))) expect(problems).toHaveLength(1);
  });
});
