// The `summit` command run as a subprocess, as a journalist or a script would run it.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { answerSchema } from '../../src/core/answer-model.ts';
import { describe, expect, it } from 'vitest';
import { copyOfBundledPack, editFile, emptyFolder } from '../support/fixture-pack.ts';
import { runCli } from '../support/run-cli.ts';

describe('summit CLI answers', () => {
  it('answers who putin with his role and numbered sources', async () => {
    const { code, stdout } = await runCli(['who', 'putin']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Vladimir Putin\n/);
    expect(stdout).toContain('  • Russian President (Russia) [1][2][3]');
    expect(stdout).toMatch(
      /\n {2}\[2\] 001 · Glance AI summary \(rapid-read format\), 2 Sep 2025 \(estimated\) · AI-generated summary/,
    );
  });

  it('reaches the same person by both spellings of Pezeshkian', async () => {
    const [german, english] = await Promise.all([runCli(['who', 'peseschkian']), runCli(['who', 'pezeshkian'])]);
    expect(german.stdout).toBe(english.stdout);
    expect(english.stdout).toMatch(/^Masoud Pezeshkian\n/);
  });

  it('prints the timeline as JSON with citations for scripts', async () => {
    const { code, stdout } = await runCli(['timeline', '--json']);
    expect(code).toBe(0);
    const answer = answerSchema.parse(JSON.parse(stdout));
    expect(answer).toMatchObject({ schemaVersion: 2, status: 'answered' });
    const first = answer.sections.find((s) => s.heading === 'Background')?.lines[0];
    expect(first).toMatchObject({
      kind: 'event',
      ref: { type: 'event' },
      status: 'happened',
      parts: [{ type: 'date', value: '1945', precision: 'year', label: '1945' }, { type: 'text' }],
    });
    const source = answer.sources[(first?.citations[0]?.source ?? 0) - 1];
    expect(source?.articleId).toBe('000');
    expect(first?.citations[0]?.quote).toBe("the 80th anniversary of Japan's surrender in World War II");
    // Every event line carries its id, ISO date, precision and status as fields; no string holds backtick markup.
    for (const line of answer.sections[0]?.lines ?? []) {
      expect(line.ref?.id).toBeTruthy();
      expect(line.status).toMatch(/^(happened|expected)$/);
      expect(line.parts[0]).toMatchObject({ type: 'date', value: expect.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/) });
    }
    expect(stdout).not.toContain('`');
  });

  it('labels 001 as AI-generated in sources', async () => {
    const { stdout } = await runCli(['sources']);
    expect(stdout).toMatch(/001 · \(no headline\) · Glance AI summary .* AI-generated summary, not original reporting/);
  });

  it('exits 1 with the reason on stderr when nothing is found or input is bad', async () => {
    const unknown = await runCli(['who', 'macron']);
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.stderr).toMatch(/^No one called “macron” in the story/);
    const option = await runCli(['who', '--frobnicate']);
    expect(option.code).toBe(1);
    expect(option.stderr).toMatch(/Unknown option '--frobnicate'/);
  });

  it('answers commands typed at the prompt of npm start, without Slack or Discord', async () => {
    const { code, stdout } = await runCli(['start'], { input: '/summit who putin\nsources 009\n' });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Vladimir Putin\n/);
    expect(stdout).toContain('No source “009”');
  });
});

describe('summit --story and check', () => {
  it('uses another pack from --story or STORY_DIR', async () => {
    const dir = copyOfBundledPack();
    editFile(dir, 'facts.yaml', (t) => t.replace('role: Russian President\n', 'role: President of Russia\n'));
    expect((await runCli(['who', 'putin', '--story', dir])).stdout).toContain('President of Russia (Russia)');
    expect((await runCli(['who', 'putin'], { env: { STORY_DIR: dir } })).stdout).toContain(
      'President of Russia (Russia)',
    );
  });

  it('check summarises a good pack and lists every problem of a bad one, exit 2', async () => {
    const good = await runCli(['check']);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/3 articles, 8 people, \d+ events, \d+ conflicts\n {2}\d+ citations verified/);

    const dir = copyOfBundledPack();
    editFile(dir, 'facts.yaml', (t) => t.replace("'Chinese President Xi Jinping' }", "'Chairman Xi Jinping' }"));
    editFile(dir, 'articles/004.md', (t) => t.replace('published: 2025-08-28', 'published: 28/08/2025'));
    const bad = await runCli(['check', '--story', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/has 2 problem\(s\)/);
    expect(bad.stderr).toContain('articles/004.md: published must be a date YYYY-MM-DD');
    expect(bad.stderr).toMatch(
      /facts\.yaml: people\[1\]\.roles\[0\]\.citations\[0\]\.quote not found in article 000 \(closest: ".*Xi Jinping.*"\)/,
    );
  });

  it('exits 2 for a missing or empty data folder', async () => {
    const missing = await runCli(['who', '--story', '/nonexistent/summit']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('/nonexistent/summit: is not a folder');
    expect((await runCli(['who', '--story', emptyFolder()])).code).toBe(2);
  });

  it('exits 2 and names the variable when the environment is malformed', async () => {
    const { code, stderr } = await runCli(['who'], { env: { SLACK_BOT_TOKEN: 'not-a-token', PORT: 'eighty' } });
    expect(code).toBe(2);
    expect(stderr).toContain('Invalid environment variables (each is documented in .env.example):');
    expect(stderr).toContain('PORT:');
    expect(stderr).toContain('SLACK_BOT_TOKEN: must start with "xoxb-"');
  });
});

describe('summit add', () => {
  const meta = ['--headline', 'Parade rehearsal seen', '--outlet', 'Desk', '--published', '2025-09-01'];

  it('imports a plain-text article with a generated id, then answers from it', async () => {
    const dir = copyOfBundledPack();
    const file = path.join(emptyFolder(), 'story.txt');
    writeFileSync(file, 'Lukashenko landed in Beijing on Monday evening.\n');
    const added = await runCli(['add', file, ...meta, '--story', dir]);
    expect(added).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Added 005: Parade rehearsal seen \(Desk, original-reporting\)/),
    });
    const who = await runCli(['who', 'lukashenko', '--story', dir]);
    expect(who.stdout).toContain('Lukashenko landed in Beijing on Monday evening.');
    const again = await runCli(['add', file, ...meta, '--story', dir]);
    expect(again).toMatchObject({ code: 1, stderr: 'Not added: it is already in the pack as article 005 (Desk)\n' });
  });

  it.each([
    ['an empty file', '', ['--published', '2025-09-01'], /has no text/],
    ['a binary file', '\u0000\u0001PNG', [], /binary file/],
    ['a bad date', 'Some real text here.', ['--published', '1 Sep'], /--published: must be a date YYYY-MM-DD/],
    ['an unknown kind', 'Some real text here.', ['--kind', 'gossip'], /--kind: /],
  ])('refuses %s and leaves the pack untouched', async (_name, content, override, message) => {
    const dir = copyOfBundledPack();
    const before = readdirSync(path.join(dir, 'articles'));
    const file = path.join(emptyFolder(), 'in.txt');
    writeFileSync(file, content);
    const result = await runCli(['add', file, ...meta, ...override, '--story', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(readdirSync(path.join(dir, 'articles'))).toEqual(before);
  });
});
