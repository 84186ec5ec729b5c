// extractPage in a worker thread under a budget: a deadline and V8 heap limits, so a page that takes 40 s or 750 MB
// to read is refused with the reason while the bot keeps answering on the main thread. One worker reads one page at
// a time and is kept between pages (starting one costs a second or more under tsx); a page over budget, a crash or a
// shutdown terminates it, and the next page starts a fresh one.
// https://nodejs.org/api/worker_threads.html#new-workerfilename-options (resourceLimits)
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import type { ExtractedPage } from './extract-page.ts';
import { DEFAULT_DOM_LIMITS, type DomLimits } from './parse-html.ts';

export interface ExtractBudget {
  /** Wall time for parsing and Readability together (and the worker's start when none is running). */
  readonly deadlineMs: number;
  /** The worker's V8 old-generation heap; over it the worker is stopped (ERR_WORKER_OUT_OF_MEMORY). */
  readonly maxMemoryMb: number;
  readonly dom: DomLimits;
}

export const DEFAULT_EXTRACT_BUDGET: ExtractBudget = { deadlineMs: 10_000, maxMemoryMb: 256, dom: DEFAULT_DOM_LIMITS };

/** The budget EXTRACT_SECONDS and EXTRACT_MAX_DEPTH set (src/config.ts). */
export function extractBudgetOf(ingest: { extractSeconds: number; extractMaxDepth: number }): ExtractBudget {
  return {
    ...DEFAULT_EXTRACT_BUDGET,
    deadlineMs: ingest.extractSeconds * 1000,
    dom: { ...DEFAULT_EXTRACT_BUDGET.dom, maxDepth: ingest.extractMaxDepth },
  };
}

export interface WorkerInput {
  readonly html: string;
  readonly url: string;
  readonly dom: DomLimits;
}

const oneAtATime = pLimit(1);
let idle: { worker: Worker; maxMemoryMb: number } | undefined;

/** The result, a refusal when over budget or crashed; 'stopped' when `signal` aborted it (shutdown). */
export function extractInWorker(
  input: WorkerInput,
  budget: ExtractBudget,
  signal?: AbortSignal,
): Promise<ExtractedPage | 'stopped'> {
  return oneAtATime(() => (signal?.aborted ? 'stopped' : runOne(input, budget, signal)));
}

function runOne(input: WorkerInput, budget: ExtractBudget, signal?: AbortSignal): Promise<ExtractedPage | 'stopped'> {
  const reused = idle?.maxMemoryMb === budget.maxMemoryMb ? idle.worker : undefined;
  if (!reused) void idle?.worker.terminate();
  idle = undefined;
  const worker = reused ?? startWorker(budget.maxMemoryMb);
  return new Promise((resolve) => {
    const settle = (result: ExtractedPage | 'stopped', keep: boolean): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (keep) {
        worker.unref();
        idle = { worker, maxMemoryMb: budget.maxMemoryMb };
      } else {
        void worker.terminate();
      }
      resolve(result);
    };
    const onAbort = (): void => settle('stopped', false);
    const refuse = (refusal: 'too-complex' | 'crashed', message: string): void =>
      settle({ ok: false, refusal, message }, false);
    const timer = setTimeout(
      () => refuse('too-complex', `reading the page took longer than ${budget.deadlineMs / 1000} s`),
      budget.deadlineMs,
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    const onMessage = (result: ExtractedPage): void => settle(result, true);
    const onError = (error: Error & { code?: string }): void =>
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? refuse('too-complex', `reading the page needed more than ${budget.maxMemoryMb} MB`)
        : refuse('crashed', `reading the page failed: ${error.message.slice(0, 300)}`);
    const onExit = (code: number): void => refuse('crashed', `reading the page stopped (exit code ${code})`);
    worker.once('message', onMessage).once('error', onError).once('exit', onExit);
    worker.ref();
    worker.postMessage(input);
  });
}

/**
 * The worker runs the same kind of file as this module: compiled JavaScript from dist/, or TypeScript under tsx
 * (the sources, and the tests), where the worker registers tsx's loader before importing its entry.
 */
function startWorker(maxMemoryMb: number): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(`./extract-worker.${fromSources ? 'ts' : 'js'}`, import.meta.url);
  const options = { resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb } };
  if (!fromSources) return new Worker(entry, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { ...options, eval: true });
}
