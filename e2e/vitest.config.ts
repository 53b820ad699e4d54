import { defineConfig } from 'vitest/config';

// Browser journeys: one server for the whole run (globalSetup), test files one after another
// (they share that server and its mailbox), Chromium driven by playwright-core.
export default defineConfig({
  test: {
    include: ['journeys/**/*.test.ts'],
    globalSetup: ['./support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A failing journey is a real failure: no silent retries hiding flaky pages.
    retry: 0,
    reporters: ['default'],
  },
});
