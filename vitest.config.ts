import { defineConfig } from 'vitest/config';

// Pure, in-process test files: they share one module graph per worker (isolate: false), so the core, the renderers
// and their dependencies are imported once per worker instead of once per file (module import was 280 s of a 282 s
// suite). They hold no process-wide state a later file could see: no servers, databases, child processes, timers or
// environment changes. Everything else (e2e, stores, briefs, ingest, ops, updates, the CLI) keeps a fresh module
// graph per file. A new folder is isolated until it is added here on purpose.
const SHARED_GRAPH = [
  'tests/core/**/*.test.ts',
  'tests/adapters/*.test.ts',
  'tests/adapters/slack/*.test.ts',
  'tests/adapters/discord/*.test.ts',
  'tests/text/**/*.test.ts',
  'tests/dispatch/**/*.test.ts',
  'tests/config.test.ts',
  'tests/log.test.ts',
];

export default defineConfig({
  test: {
    // One fixed fast-check seed for every property (FC_SEED overrides; the failure message prints it).
    setupFiles: ['tests/support/seed-fast-check.ts'],
    // A backstop for a hung test, not a speed limit: waits inside tests fail first, after 15 s, naming what they
    // waited for (tests/support/bot-process.ts). A file of several bot restarts may take this long on a loaded machine.
    testTimeout: 60_000,
    hookTimeout: 30_000,
    // Two files at a time on 2 cores; every wait in a process test is event-driven with a 15 s deadline, so sharing
    // the cores with a bot child costs time, not correctness.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: SHARED_GRAPH, isolate: false } },
      { extends: true, test: { name: 'integration', include: ['tests/**/*.test.ts'], exclude: SHARED_GRAPH } },
    ],
  },
});
