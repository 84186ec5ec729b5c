// The extraction worker from compiled JavaScript, as `summit` runs it from dist/ (bin/build.js): the sources under
// src/ingest are compiled the way tsconfig.build.json does (.ts imports rewritten to .js) into a folder inside the
// repository (so node_modules resolves), and a plain `node` process — no tsx — reads a page through the worker.
// The TypeScript path (tsx) is what every other ingest test runs.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/run-cli.ts';

const out = path.join(REPO_ROOT, 'node_modules', '.cache', `summit-worker-test-${process.pid}`);
afterAll(() => rmSync(out, { recursive: true, force: true }));

function compileIngest(): void {
  const source = path.join(REPO_ROOT, 'src', 'ingest');
  mkdirSync(out, { recursive: true });
  for (const file of readdirSync(source).filter((f) => f.endsWith('.ts'))) {
    const { outputText } = ts.transpileModule(readFileSync(path.join(source, file), 'utf8'), {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2023,
        rewriteRelativeImportExtensions: true,
        verbatimModuleSyntax: true,
      },
    });
    writeFileSync(path.join(out, file.replace(/\.ts$/, '.js')), outputText);
  }
  writeFileSync(path.join(out, 'package.json'), '{"type":"module"}');
}

describe('the extraction worker, compiled', () => {
  it('reads a page in a worker started from .js files, without tsx', async () => {
    compileIngest();
    const page = readFileSync(path.join(REPO_ROOT, 'tests/ingest/fixtures/pages/jsonld-article.html'), 'utf8');
    writeFileSync(path.join(out, 'page.html'), page);
    const script = `
      import { readFileSync } from 'node:fs';
      import { extractInWorker, DEFAULT_EXTRACT_BUDGET } from './extract-in-worker.js';
      const html = readFileSync(new URL('./page.html', import.meta.url), 'utf8');
      const result = await extractInWorker({ html, url: 'https://news.example/a', dom: DEFAULT_EXTRACT_BUDGET.dom }, DEFAULT_EXTRACT_BUDGET);
      console.log(JSON.stringify({ ok: result.ok, headline: result.meta?.headline, paragraphs: result.paragraphs?.length }));
    `;
    writeFileSync(path.join(out, 'run.mjs'), script);
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(out, 'run.mjs')], { timeout: 30_000 });
    expect(JSON.parse(stdout)).toEqual({
      ok: true,
      headline: 'Harbour board approves night shipping trial',
      paragraphs: 6,
    });
  });
});
