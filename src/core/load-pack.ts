// Loads a story pack folder (articles/*.md + facts.yaml) and verifies it whole: either every file is valid and every
// quote found, or the caller gets every problem and no pack. A broken pack never loads half-way.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArticle, zodProblems } from './parse-article.ts';
import type { PackProblem } from './pack-problem.ts';
import { factSheetSchema, type FactSheet } from './pack-schema.ts';
import { parseYaml, readPackText } from './read-pack-file.ts';
import { readReviewDecisions } from './extract/read-review-file.ts';
import { storyLayers } from './extract/story-layers.ts';
import { splitSentences } from './split-sentences.ts';
import type { Article, StoryPack } from './story-pack.ts';
import { allCitations, FACTS_FILE, verifyFacts } from './verify-facts.ts';

export const ARTICLES_DIR = 'articles';
/** More articles than this is not a story pack; refusing early keeps memory bounded. */
const MAX_ARTICLES = 20_000;

export type LoadResult = { ok: true; pack: StoryPack } | { ok: false; problems: PackProblem[] };

export function loadPack(dir: string): LoadResult {
  const problems: PackProblem[] = [];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { ok: false, problems: [{ file: dir, path: '', message: 'is not a folder (set STORY_DIR or --story)' }] };
  }
  const refused = new Set<string>();
  const articles = loadArticles(dir, problems, refused);
  const facts = loadFacts(dir, problems);
  // With an article refused, checks against "all articles" would only echo that one problem many times.
  if (facts) verifyFacts(facts, articles, refused, problems);
  const decisions = readReviewDecisions(dir, problems);
  if (problems.length > 0 || !facts) return { ok: false, problems };

  const sorted = [...articles.values()].sort(
    (a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id),
  );
  // Two layers, one story: the reviewed fact sheet wins; what extraction reads from the articles is added, marked.
  const { facts: story, report } = storyLayers(facts, sorted, decisions);
  return {
    ok: true,
    pack: {
      dir,
      loadedAt: new Date(),
      articles: sorted,
      articleById: new Map(sorted.map((a) => [a.id, a])),
      facts: story,
      personById: new Map(story.people.map((p) => [p.id, p])),
      eventById: new Map(story.timeline.map((e) => [e.id, e])),
      citationCount: allCitations(story).length,
      extraction: report,
    },
  };
}

function loadArticles(dir: string, problems: PackProblem[], refused: Set<string>): Map<string, Article> {
  const articles = new Map<string, Article>();
  const folder = path.join(dir, ARTICLES_DIR);
  const files = existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];
  if (files.length === 0) {
    problems.push({ file: ARTICLES_DIR, path: '', message: 'has no articles (*.md files)' });
    return articles;
  }
  if (files.length > MAX_ARTICLES) {
    problems.push({ file: ARTICLES_DIR, path: '', message: `has ${files.length} files; the limit is ${MAX_ARTICLES}` });
    return articles;
  }
  for (const name of files) {
    const file = `${ARTICLES_DIR}/${name}`;
    const read = readPackText(dir, file);
    if (!read.ok) {
      problems.push({ file, path: '', message: read.message });
      continue;
    }
    const { article, refusedId, problems: found } = parseArticle(file, read.text);
    problems.push(...found);
    if (refusedId !== undefined) refused.add(refusedId);
    if (!article) continue;
    const earlier = articles.get(article.meta.id);
    if (earlier) {
      problems.push({ file, path: 'id', message: `"${article.meta.id}" is already used by ${earlier.file}` });
      continue;
    }
    const sentences = splitSentences(article.body, article.meta.furniture);
    articles.set(article.meta.id, { ...article.meta, file, body: article.body, sentences });
  }
  return articles;
}

function loadFacts(dir: string, problems: PackProblem[]): FactSheet | undefined {
  const read = readPackText(dir, FACTS_FILE);
  if (!read.ok) {
    problems.push({ file: FACTS_FILE, path: '', message: read.message });
    return undefined;
  }
  const yaml = parseYaml(read.text);
  if (!yaml.ok) {
    problems.push({ file: FACTS_FILE, path: '', message: yaml.message });
    return undefined;
  }
  const parsed = factSheetSchema.safeParse(yaml.value ?? {});
  if (!parsed.success) {
    problems.push(...zodProblems(FACTS_FILE, parsed.error));
    return undefined;
  }
  return parsed.data;
}
