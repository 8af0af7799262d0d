import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/** `npm run bench`: performance runs that print figures; not part of `npm test`. */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/bench/**/*.perf.ts'],
    globalSetup: [],
    testTimeout: 15 * 60_000,
    hookTimeout: 15 * 60_000,
    fileParallelism: false,
  },
});
