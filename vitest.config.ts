import { defineConfig } from 'vitest/config';

const api = (name: string, env: Record<string, string>) => ({
  extends: './apps/api/vitest.config.ts',
  root: './apps/api',
  test: { name, env },
});

// One runner for every workspace's unit and integration tests. The API suite runs on the
// embedded database, and also on PostgreSQL when DATABASE_URL points at a server. The
// browser journeys in e2e/ have their own config (they need a built web app and a server).
export default defineConfig({
  test: {
    projects: [
      'packages/domain',
      'packages/contracts',
      'apps/web',
      // The dataset generator's templates and the harness helpers (fast, no database).
      'bench',
      // With DATABASE_URL set this one runs on PostgreSQL, and the next one on PGlite.
      api('@entente/api', {}),
      ...(process.env.DATABASE_URL ? [api('@entente/api (PGlite)', { DATABASE_URL: '' })] : []),
    ],
  },
});
