import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One fixed fast-check seed for every property (FC_SEED overrides; the failure message prints it).
    setupFiles: ['tests/support/seed-fast-check.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
