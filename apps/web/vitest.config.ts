import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@entente/web',
    environment: 'node',
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
  },
});
