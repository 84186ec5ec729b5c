// One article file: YAML front matter between `---` lines, then the body, kept verbatim.
import type { z } from 'zod';
import { articleFrontMatterSchema, type ArticleFrontMatter } from './pack-schema.ts';
import { formatPath, type PackProblem } from './pack-problem.ts';
import { parseYaml } from './read-pack-file.ts';
import { furniturePattern } from './split-sentences.ts';

export interface ParsedArticle {
  readonly meta: ArticleFrontMatter;
  readonly body: string;
}

/** A YAML block between `---` lines at the very start of a file. */
export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface ParseArticleResult {
  readonly article?: ParsedArticle;
  /** The id a refused article declares, when readable: facts citing it are then not reported a second time. */
  readonly refusedId?: string;
  readonly problems: PackProblem[];
}

export function parseArticle(file: string, text: string): ParseArticleResult {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return { problems: [{ file, path: '', message: 'has no front matter (it must start with a line "---")' }] };
  }
  const yaml = parseYaml(match[1] ?? '');
  if (!yaml.ok) return { problems: [{ file, path: 'front matter', message: yaml.message }] };
  const parsed = articleFrontMatterSchema.safeParse(yaml.value ?? {});
  if (!parsed.success) return { problems: zodProblems(file, parsed.error), refusedId: declaredId(yaml.value) };
  const body = text.slice(match[0].length);
  if (!/\p{L}/u.test(body)) {
    return { problems: [{ file, path: 'body', message: 'is empty' }], refusedId: parsed.data.id };
  }
  const problems: PackProblem[] = [];
  parsed.data.furniture.forEach((piece, i) => {
    if (!furniturePattern(piece).test(body))
      problems.push({ file, path: `furniture[${i}]`, message: 'does not occur in the body' });
  });
  return { article: { meta: parsed.data, body }, problems };
}

export function zodProblems(file: string, error: z.ZodError): PackProblem[] {
  return error.issues.map((issue) => ({
    file,
    path: formatPath(issue.path) || '(top level)',
    message: issue.message.startsWith('Invalid input: expected') ? issue.message.slice(15) : issue.message,
  }));
}

function declaredId(frontMatter: unknown): string | undefined {
  if (typeof frontMatter !== 'object' || frontMatter === null || !('id' in frontMatter)) return undefined;
  return typeof frontMatter.id === 'string' || typeof frontMatter.id === 'number' ? String(frontMatter.id) : undefined;
}
