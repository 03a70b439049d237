import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'extension/**/*.test.ts', 'worker/**/*.test.ts', 'scripts/**/*.test.ts', 'bin/**/*.test.ts'],
    // Starts the database the worker tests use (DATABASE_URL, else embedded PGlite).
    globalSetup: ['worker/test/global-setup.ts'],
    // Each test file's context loads the skills taxonomy first, as the side panel, background and CLI do.
    setupFiles: ['shared/testing/load-taxonomy.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
