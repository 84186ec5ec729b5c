// extractPage in a worker thread under a budget: a deadline and V8 heap limits, so a page that takes 40 s or 750 MB
// to read is refused with the reason while the bot keeps answering on the main thread. One worker reads one page at
// a time and is kept between pages (starting one costs a second or more under tsx); a page over budget, a crash or a
// shutdown terminates it, and the next page starts a fresh one.
// https://nodejs.org/api/worker_threads.html#new-workerfilename-options (resourceLimits)
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import type { ExtractedPage } from './extract-page.ts';
import { DEFAULT_DOM_LIMITS, type DomLimits } from './dom-limits.ts';

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

/** A fresh worker's own start (loading the reader, and tsx when from sources) is not part of a page's deadline. */
const STARTUP_LIMIT_MS = 30_000;

interface Reader {
  readonly worker: Worker;
  readonly maxMemoryMb: number;
  /** Resolves true once the worker has loaded the reader and said so, else why it did not. */
  readonly ready: Promise<true | string>;
}

const oneAtATime = pLimit(1);
let idle: Reader | undefined;

/** The result, a refusal when over budget or crashed; 'stopped' when `signal` aborted it (shutdown). */
export function extractInWorker(
  input: WorkerInput,
  budget: ExtractBudget,
  signal?: AbortSignal,
): Promise<ExtractedPage | 'stopped'> {
  return oneAtATime(() => (signal?.aborted ? 'stopped' : runOne(input, budget, signal)));
}

async function runOne(
  input: WorkerInput,
  budget: ExtractBudget,
  signal?: AbortSignal,
): Promise<ExtractedPage | 'stopped'> {
  const reused = idle?.maxMemoryMb === budget.maxMemoryMb ? idle : undefined;
  if (!reused) void idle?.worker.terminate();
  idle = undefined;
  const reader = reused ?? startReader(budget.maxMemoryMb);
  const { worker } = reader;
  worker.ref();
  const started = await reader.ready;
  if (signal?.aborted || started !== true) {
    void worker.terminate();
    return signal?.aborted
      ? 'stopped'
      : { ok: false, refusal: 'crashed', message: `the page reader did not start: ${String(started).slice(0, 300)}` };
  }
  return new Promise((resolve) => {
    const settle = (result: ExtractedPage | 'stopped', keep: boolean): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (keep) {
        worker.unref();
        idle = reader;
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
    worker.postMessage(input);
  });
}

/**
 * The worker runs the same kind of file as this module: compiled JavaScript from dist/, or TypeScript under tsx
 * (the sources, and the tests), where the worker registers tsx's loader before importing its entry.
 */
function startReader(maxMemoryMb: number): Reader {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(`./extract-worker.${fromSources ? 'ts' : 'js'}`, import.meta.url);
  const options = { resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb } };
  let worker: Worker;
  if (fromSources) {
    const tsx = import.meta.resolve('tsx/esm/api');
    const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
    worker = new Worker(boot, { ...options, eval: true });
  } else {
    worker = new Worker(entry, options);
  }
  const ready = new Promise<true | string>((resolve) => {
    const done = (outcome: true | string): void => {
      clearTimeout(timer);
      worker.off('message', onReady).off('error', onError).off('exit', onExit);
      resolve(outcome);
    };
    const onReady = (message: unknown): void => done(message === READY ? true : 'it said something else first');
    const onError = (error: Error): void => done(error.message);
    const onExit = (code: number): void => done(`it exited with code ${code}`);
    const timer = setTimeout(() => done(`not within ${STARTUP_LIMIT_MS / 1000} s`), STARTUP_LIMIT_MS);
    worker.once('message', onReady).once('error', onError).once('exit', onExit);
  });
  return { worker, maxMemoryMb, ready };
}

/** What the worker posts once its entry has loaded (extract-worker.ts). */
export const READY = 'summit-extract-worker-ready';
