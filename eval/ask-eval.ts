// `npm run eval` (ask part): the corpus questions on the bundled pack plus the 19 corpus articles — answered with
// the key words in the first lines, answered without them, unanswerable refused — for `ask`, and for plain BM25 and
// MiniSearch retrieval feeding the same reader, under the same threshold procedure, with both calibration halves;
// then `ask`'s own evaluation set on the bundled pack.
import { askIndexOf } from '../src/core/ask/ask-index.ts';
import { THRESHOLDS, type Thresholds } from '../src/core/ask/ask-question.ts';
import { askEngine, miniSearchEngine, plainBm25Engine, type Engine } from './ask-engines.ts';
import { evalSetFigures } from './ask-eval-set-figures.ts';
import { chooseThresholds, figuresAt, FIRST_LINES, type Figures, type Prepared } from './calibrate.ts';
import { buildCorpusPack } from './corpus-pack.ts';
import { corpusQuestions } from './corpus-questions.ts';

const { pack } = buildCorpusPack();
const index = askIndexOf(pack);
const questions = corpusQuestions();
const engines: Engine[] = [askEngine(index), plainBm25Engine(index), miniSearchEngine(index)];

const rows: string[][] = [];
for (const engine of engines) {
  const started = performance.now();
  const prepared: Prepared[] = questions.map((question) => ({ question, answering: engine.prepare(question.q) }));
  const ms = (performance.now() - started) / questions.length;
  const halfA = prepared.filter((p) => p.question.half === 'A');
  const halfB = prepared.filter((p) => p.question.half === 'B');
  const chosen = chooseThresholds(halfA);
  rows.push([`${engine.name} (${pair(chosen)}, chosen on A)`, ...cells(prepared, halfA, halfB, chosen), fmt(ms)]);
  if (engine.name === 'ask' && pair(chosen) !== pair(THRESHOLDS)) {
    rows.push([`ask (${pair(THRESHOLDS)}, as shipped)`, ...cells(prepared, halfA, halfB, THRESHOLDS), '']);
  }
  if (process.env.ASK_EVAL_DETAIL && engine.name === 'ask') detail(prepared, THRESHOLDS);
}

const answerable = questions.filter((q) => q.answerable).length;
console.log(
  `\n## ask on the corpus questions: bundled pack + 19 corpus articles (${answerable} answerable, ` +
    `${questions.length - answerable} unanswerable); right = key words in the first ${FIRST_LINES} answer lines\n`,
);
printTable(['engine', 'all: right / wrong / refused', 'half A (chooses)', 'half B (reports)', 'ms per question'], rows);
console.log(
  `\nhalves: answerable questions by their first article (odd file numbers A, even B); unanswerable alternate`,
);
console.log(`half A: ${count(questions, 'A')}; half B: ${count(questions, 'B')}`);

const set = evalSetFigures();
console.log(`\n## ask's own evaluation set, bundled pack (tests/core/ask-eval-set.ts)\n`);
console.log(
  `recall@3 ${set.recall.toFixed(3)} (${set.right}/${set.answerable}), precision ${set.precision.toFixed(3)} ` +
    `(${set.right}/${set.answered}), unanswerable refused ${set.rejection.toFixed(3)} (${set.refused}/${set.unanswerable})`,
);

function pair(t: Thresholds): string {
  return `thresholds ${t.span.toFixed(2)} / ${t.free.toFixed(2)} / ${t.conflict.toFixed(2)}`;
}

/** Per question: what ask shows first (for the development of the reader, ASK_EVAL_DETAIL=1). */
function detail(prepared: readonly Prepared[], t: Thresholds): void {
  for (const { question, answering } of prepared) {
    const lines = answering(t).slice(0, FIRST_LINES);
    const verdict = !question.answerable
      ? lines.length === 0
        ? 'refused'
        : 'ANSWERED'
      : lines.length === 0
        ? 'MISSED'
        : figuresAt([{ question, answering }], t).right
          ? 'right'
          : 'WRONG';
    console.log(`${verdict.padEnd(8)} ${question.q}`);
    if (verdict === 'ANSWERED' || verdict === 'WRONG')
      for (const l of lines) console.log(`         > ${l.slice(0, 160)}`);
  }
}

function cells(all: readonly Prepared[], a: readonly Prepared[], b: readonly Prepared[], t: Thresholds): string[] {
  return [all, a, b].map((part) => show(figuresAt(part, t)));
}

function show(f: Figures): string {
  return `${f.right}/${f.answerable} right, ${f.wrong} wrong, ${f.refused}/${f.unanswerable} refused`;
}

function count(qs: typeof questions, half: 'A' | 'B'): string {
  const inHalf = qs.filter((q) => q.half === half);
  return `${inHalf.filter((q) => q.answerable).length} answerable, ${inHalf.filter((q) => !q.answerable).length} unanswerable`;
}

function fmt(ms: number): string {
  return ms.toFixed(1);
}

function printTable(header: readonly string[], body: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const r of body) console.log(line(r));
}
