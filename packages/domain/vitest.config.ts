import { defineProject } from 'vitest/config';

export default defineProject({
  // Named after its folder so that `npx vitest run --project packages/domain` works from the root.
  test: { name: 'packages/domain', include: ['test/**/*.test.ts'] },
});
