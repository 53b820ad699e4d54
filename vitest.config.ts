import { defineConfig } from 'vitest/config';

// One runner for every workspace's unit and integration tests; the browser journeys in e2e/
// have their own config because they need a built web app and a running server.
export default defineConfig({
  test: {
    projects: ['packages/domain', 'packages/contracts', 'apps/api', 'apps/web'],
  },
});
