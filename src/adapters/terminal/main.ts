// The `summit` command line. `summit start` runs the bot; `summit who putin` answers once and exits;
// `summit check` validates a pack; `summit add` imports an article. Exit codes: 0 answered, 1 nothing found or bad
// input (message on stderr), 2 pack or configuration error.
import { parseArgs } from 'node:util';
import { answerText } from '../../core/answer.ts';
import { answerBriefPreview } from '../../core/brief/answer-brief.ts';
import type { Answer } from '../../core/answer-model.ts';
import { formatConfigProblems, loadConfigFromProcess } from '../../config.ts';
import { loadPack } from '../../core/load-pack.ts';
import { formatProblem } from '../../core/pack-problem.ts';
import type { StartIo } from '../../start.ts';
import { addArticle } from './add-article.ts';
import { answerToText } from './answer-to-text.ts';

const OPTIONS = {
  story: { type: 'string' },
  json: { type: 'boolean' },
  date: { type: 'string' },
  headline: { type: 'string' },
  outlet: { type: 'string' },
  published: { type: 'string' },
  url: { type: 'string' },
  kind: { type: 'string' },
  'based-on': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const defaultIo: StartIo = { input: process.stdin, output: process.stdout, error: process.stderr };

export async function main(argv: readonly string[], io: StartIo = defaultIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.error.write(`${(error as Error).message}. Try: summit help\n`);
    return 1;
  }
  const { values, positionals } = parsed;
  const [verb = 'start', ...rest] = values.help ? ['help'] : positionals;
  if (verb === 'start') {
    // Loaded only to run the bot: Bolt and discord.js take most of a second to import, which one-off answers skip.
    const { startBot } = await import('../../start.ts');
    return startBot({ storyDir: values.story }, io);
  }

  const configured = loadConfigFromProcess({ storyDir: values.story });
  if (!configured.ok) {
    io.error.write(formatConfigProblems(configured.problems));
    return 2;
  }
  const storyDir = configured.config.storyDir;
  if (verb === 'add') return addArticle(storyDir, rest, values, io);

  const loaded = loadPack(storyDir);
  if (!loaded.ok) {
    io.error.write(`The story pack in ${storyDir} has ${loaded.problems.length} problem(s):\n`);
    io.error.write(`${loaded.problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}\n`);
    return 2;
  }
  const { pack } = loaded;
  if (verb === 'check') {
    const { people, timeline, conflicts } = pack.facts;
    io.output.write(
      `Pack OK: ${storyDir}\n  ${pack.articles.length} articles, ${people.length} people, ${timeline.length} events, ${conflicts.length} conflicts\n  ${pack.citationCount} citations verified against their articles\n`,
    );
    return 0;
  }
  if (verb === 'brief' && values.date !== undefined && rest.every((r) => r === 'preview')) {
    return printAnswer(answerBriefPreview(pack, values.date), values.json === true, io);
  }
  return printAnswer(answerText(pack, [verb, ...rest].join(' ')), values.json === true, io);
}

function printAnswer(answer: Answer, json: boolean, io: StartIo): number {
  if (json) io.output.write(`${JSON.stringify(answer, null, 2)}\n`);
  if (answer.status === 'answered') {
    if (!json) io.output.write(`${answerToText(answer)}\n`);
    return 0;
  }
  // Nothing found or not understood: the explanation goes to stderr so scripts can tell.
  io.error.write(`${answerToText(answer)}\n`);
  return 1;
}
