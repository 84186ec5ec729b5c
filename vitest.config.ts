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
    // Two files at a time on 2 cores: most of a file's time is importing and transforming modules (164 s of 306 s
    // with one worker), which two workers halve; every wait in a process test is event-driven with a 15 s deadline,
    // so sharing the cores with a bot child costs time, not correctness.
    maxWorkers: 2,
  },
});
