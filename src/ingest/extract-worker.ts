// The extraction worker's entry: reads each page it is sent with extractPage and posts the result back. Anything
// thrown becomes a 'crashed' refusal with its message, so a page that breaks the parser is recorded, never retried
// forever. Started and bounded (deadline, resourceLimits) by extract-in-worker.ts.
import { parentPort } from 'node:worker_threads';
import { READY, type WorkerInput } from './extract-in-worker.ts';
import { extractPage, type ExtractedPage } from './extract-page.ts';

parentPort?.on('message', (input: WorkerInput) => {
  let result: ExtractedPage;
  try {
    result = extractPage(input.html, input.url, input.dom);
  } catch (error) {
    result = { ok: false, refusal: 'crashed', message: `reading the page failed: ${describe(error)}` };
  }
  parentPort?.postMessage(result);
});

function describe(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);
}

// Loaded: the caller starts the page's deadline from here, not from the worker's start.
parentPort?.postMessage(READY);
