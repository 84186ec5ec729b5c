// `summit add FILE --headline ... --outlet ... --published YYYY-MM-DD`: imports a plain-text article into the pack.
// Refuses empty or binary files here; the pack store refuses bad metadata and duplicates, and keeps nothing that
// would not load.
import path from 'node:path';
import { FRONT_MATTER } from '../../core/parse-article.ts';
import { parseYaml, readPackText } from '../../core/read-pack-file.ts';
import { openPackStore, problemLines } from '../../pack/pack-store.ts';
import { incomingFrontMatterSchema } from './incoming-front-matter.ts';

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
  const incoming = splitIncoming(read.text.replace(/\r\n/g, '\n'));
  if (!incoming.ok) return fail(`${file}: ${incoming.message}`);
  const { body, stated } = incoming;
  if (!/\p{L}{2,}/u.test(body)) return fail(`${file} has no text`);

  const opened = openPackStore(storyDir);
  if (!opened.ok) {
    return fail(
      `the pack in ${storyDir} has problems; fix them first (summit check):\n${problemLines(opened.problems)}`,
    );
  }
  const added = opened.store.addArticle({
    headline: values.headline ?? stated.title ?? null,
    outlet: values.outlet ?? stated.outlet,
    url: values.url ?? stated.url ?? null,
    published: values.published ?? stated.published,
    ...(stated.language ? { language: stated.language } : {}),
    publishedEstimated: false,
    kind: values.kind ?? 'original-reporting',
    basedOn: values['based-on'] ?? null,
    body,
  });
  if (!added.ok) {
    // Flags are how a person states metadata here: name the flag to fix.
    return fail(
      added.refusal === 'invalid' ? added.issues.map((i) => `--${i.field}: ${i.message}`).join('; ') : added.message,
    );
  }
  const { meta, file: target } = added;
  io.output.write(
    `Added ${meta.id}: ${meta.headline ?? '(no headline)'} (${meta.outlet}, ${meta.kind}) -> ${target}\n`,
  );
  return 0;
}

type Incoming =
  | { ok: true; body: string; stated: Partial<Record<'title' | 'outlet' | 'url' | 'published' | 'language', string>> }
  | { ok: false; message: string };

/** A file may state its own metadata in front matter (title, outlet, url, published, language); flags override it. */
function splitIncoming(text: string): Incoming {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { ok: true, body: text, stated: {} };
  const block = match[1] ?? '';
  const yaml = parseYaml(block);
  // Wire exports write plain "key: value" headers that are not always valid YAML (a colon inside a title).
  const stated = yaml.ok ? yaml.value : headerLines(block);
  const parsed = incomingFrontMatterSchema.safeParse(stated ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `front matter ${String(issue?.path[0] ?? '')}: ${issue?.message ?? 'is not valid'}` };
  }
  return { ok: true, body: text.slice(match[0].length), stated: parsed.data };
}

function headerLines(block: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of block.split('\n')) {
    const field = /^([A-Za-z_][\w-]*):[ \t]*(.*)$/.exec(line);
    if (field?.[1] && field[2]) fields[field[1]] = field[2].trim();
  }
  return fields;
}
