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
  // In-process services over their own temporary SQLite files and fake publishers, closed by each test (the files
  // that also run against a throwaway PostgreSQL cluster stay isolated).
  'tests/briefs/brief-metrics.test.ts',
  'tests/briefs/brief-service.test.ts',
  'tests/briefs/brief-time.test.ts',
  'tests/briefs/fan-out-limit.test.ts',
  'tests/briefs/scheduler-timers.test.ts',
  'tests/briefs/start-briefs.test.ts',
  'tests/briefs/token-errors.test.ts',
  'tests/review/**/*.test.ts',
  'tests/terminal/answer-to-text.test.ts',
  'tests/terminal/review.test.ts',
  'tests/ops/ops-settings.test.ts',
  'tests/ops/pack-holder.test.ts',
  // End-to-end files start the bot (or its CLI in a child process) against loopback fakes and stop and close them in
  // afterAll; what they share through the module graph is read-only (the bundled pack, parsed once) or keyed per
  // bot instance, and the suite has run green shared this way many times over, loaded and not.
  'tests/e2e/**/*.test.ts',
];

export default defineConfig({
  test: {
    // One fixed fast-check seed for every property (FC_SEED overrides; the failure message prints it).
    setupFiles: ['tests/support/seed-fast-check.ts'],
    // Builds dist/ once when a source is newer than it, so the ~70 child processes (the CLI, the bot) run compiled
    // code instead of each registering tsx; on a fresh `npm ci` the build is current and this does nothing.
    globalSetup: ['tests/support/build-dist.ts'],
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
