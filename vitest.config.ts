import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One fixed fast-check seed for every property (FC_SEED overrides; the failure message prints it).
    setupFiles: ['tests/support/seed-fast-check.ts'],
    // A backstop for a hung test, not a speed limit: waits inside tests fail first, after 15 s, naming what they
    // waited for (tests/support/bot-process.ts). A file of several bot restarts may take this long on a loaded machine.
    testTimeout: 60_000,
    hookTimeout: 30_000,
    // maxWorkers stays vitest's default (cores - 1: one file at a time on 2 cores): the process tests' children need
    // the other core.
  },
});
