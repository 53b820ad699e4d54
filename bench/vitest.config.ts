import { defineProject } from 'vitest/config';

export default defineProject({
  // Named after its folder so that `npx vitest run --project bench` works from the root.
  test: { name: 'bench', include: ['test/**/*.test.ts'] },
});
