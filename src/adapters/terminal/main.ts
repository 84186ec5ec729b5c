// The `summit` command line. `summit start` runs the bot; `summit who NAME` answers once and exits;
// `summit check` validates a pack; `summit add FILE|URL` imports an article; `summit poll` polls the feeds once.
// Exit codes: 0 answered, 1 nothing found or bad input (message on stderr), 2 pack or configuration error.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Answer } from '../../core/answer-model.ts';
import { isIsoDay } from '../../core/brief/answer-brief.ts';
import { createTerminalDispatcher } from '../../dispatch/terminal-dispatcher.ts';
import { formatConfigProblems, loadConfigFromProcess } from '../../config.ts';
import { loadPack } from '../../core/load-pack.ts';
import { formatProblem } from '../../core/pack-problem.ts';
import type { StartIo } from '../../start.ts';
import { addArticle } from './add-article.ts';
import { answerToText } from './answer-to-text.ts';
import { extractionReport } from './review.ts';

const OPTIONS = {
  story: { type: 'string' },
  json: { type: 'boolean' },
  png: { type: 'string' },
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
  if (verb === 'add' && rest.length === 1 && /^https?:\/\//i.test(rest[0] ?? '')) {
    // Loaded only for a link: the page fetcher and HTML parser are not needed for one-off answers.
    const { addUrl } = await import('../../ingest/add-url.ts');
    const { DEFAULT_FETCH_LIMITS } = await import('../../ingest/fetch-limits.ts');
    const overrides = { ...values, basedOn: values['based-on'] };
    const limits = { ...DEFAULT_FETCH_LIMITS, allowPrivate: configured.config.ingest.allowPrivate };
    return addUrl(storyDir, rest[0] ?? '', overrides, io, { limits, now: () => new Date() });
  }
  if (verb === 'add') return addArticle(storyDir, rest, values, io);
  if (verb === 'poll' && rest.length === 0) {
    const { runPollCommand } = await import('../../ingest/poll-command.ts');
    return runPollCommand(configured.config, io);
  }

  if (verb === 'review') {
    // With the bot's database: `summit review log`, and each decision recorded in the audit log.
    const { runReviewCommand } = await import('./review-command.ts');
    return runReviewCommand(configured.config, rest, io);
  }
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
      `Pack OK: ${storyDir}\n  ${pack.articles.length} articles, ${people.length} people, ${timeline.length} events, ${conflicts.length} conflicts\n  ${pack.citationCount} citations verified against their articles\n${extractionReport(pack)}`,
    );
    return 0;
  }
  const { date } = values;
  if (date !== undefined && !isIsoDay(date)) {
    io.error.write(`--date “${date.slice(0, 40)}” is not a day written YYYY-MM-DD, e.g. 2025-09-03.\n`);
    return 1;
  }
  // --date previews the brief of that day: the dispatcher's clock is set to it, as if it were that day in UTC.
  const dispatcher = date
    ? createTerminalDispatcher(pack, 'UTC', () => new Date(`${date}T12:00:00Z`))
    : createTerminalDispatcher(pack, configured.config.briefs.timezone);
  const text = [verb, ...rest].join(' ');
  const { answer } = await dispatcher.dispatch({ text }, { platform: 'terminal', canManage: false });
  // `summit timeline --png FILE`: the picture of the events the answer shows, beside its text.
  if (values.png && verb === 'timeline') {
    const { NO_PICTURE, pictureOfAnswer } = await import('../../picture/timeline-picture.ts');
    const picture = pictureOfAnswer(answer);
    if (!picture) io.error.write(`${NO_PICTURE} No picture written.\n`);
    else {
      writeFileSync(values.png, picture.png);
      io.error.write(`Wrote the timeline picture to ${values.png}: ${picture.alt.slice(0, 200)}…\n`);
    }
  }
  return printAnswer(answer, values.json === true, io);
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
