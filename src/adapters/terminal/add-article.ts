// `summit add FILE --headline ... --outlet ... --published YYYY-MM-DD`: imports a plain-text article into the pack.
// Refuses bad metadata, empty or binary files and duplicates, and writes nothing unless the result loads cleanly.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { ARTICLES_DIR, loadPack } from '../../core/load-pack.ts';
import { normalizeQuoteText } from '../../core/normalize-text.ts';
import { formatProblem } from '../../core/pack-problem.ts';
import { articleFrontMatterSchema } from '../../core/pack-schema.ts';
import { readPackText } from '../../core/read-pack-file.ts';

interface AddValues {
  headline?: string;
  outlet?: string;
  published?: string;
  url?: string;
  kind?: string;
  'based-on'?: string;
}

export function addArticle(
  storyDir: string,
  files: readonly string[],
  values: AddValues,
  io: { output: NodeJS.WritableStream; error: NodeJS.WritableStream },
): number {
  const fail = (message: string): number => {
    io.error.write(`Not added: ${message}\n`);
    return 1;
  };
  const [file, ...extra] = files;
  if (!file || extra.length > 0)
    return fail('give exactly one file: summit add FILE --headline ... --outlet ... --published YYYY-MM-DD');
  const read = readPackText(path.dirname(path.resolve(file)), path.basename(file));
  if (!read.ok) return fail(`${file} ${read.message}`);
  if (read.text.includes('\u0000')) return fail(`${file} looks like a binary file, not plain text`);
  const body = read.text.replace(/\r\n/g, '\n');
  if (!/\p{L}{2,}/u.test(body)) return fail(`${file} has no text`);

  const before = loadPack(storyDir);
  if (!before.ok) {
    return fail(
      `the pack in ${storyDir} has problems; fix them first (summit check):\n${before.problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
  }
  const ids = [...before.pack.articleById.keys()];
  const next = Math.max(-1, ...ids.map((id) => (/^\d+$/.test(id) ? Number(id) : -1))) + 1;
  const meta = articleFrontMatterSchema.safeParse({
    id: String(next).padStart(3, '0'),
    headline: values.headline ?? null,
    outlet: values.outlet,
    url: values.url ?? null,
    published: values.published,
    publishedEstimated: false,
    kind: values.kind ?? 'original-reporting',
    basedOn: values['based-on'] ?? null,
  });
  if (!meta.success) {
    return fail(
      meta.error.issues.map((i) => `--${String(i.path[0])}: ${i.message.replace(/^Invalid input: /, '')}`).join('; '),
    );
  }
  const normalizedBody = normalizeQuoteText(body);
  const duplicate = before.pack.articles.find(
    (a) => normalizeQuoteText(a.body) === normalizedBody || (meta.data.url !== null && a.url === meta.data.url),
  );
  if (duplicate) return fail(`it duplicates article ${duplicate.id} (${duplicate.outlet})`);

  const target = path.join(storyDir, ARTICLES_DIR, `${meta.data.id}.md`);
  if (existsSync(target)) return fail(`${target} already exists`);
  const temp = `${target}.tmp`;
  const frontMatter = stringify(Object.fromEntries(Object.entries(meta.data).filter(([k]) => k !== 'furniture')));
  writeFileSync(temp, `---\n${frontMatter}---\n${body}`, { flag: 'wx' });
  renameSync(temp, target);
  const after = loadPack(storyDir);
  if (!after.ok) {
    rmSync(target);
    return fail(`the pack would not load with it:\n${after.problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
  }
  io.output.write(
    `Added ${meta.data.id}: ${meta.data.headline ?? '(no headline)'} (${meta.data.outlet}, ${meta.data.kind}) -> ${target}\n`,
  );
  return 0;
}
