import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // type-graphql and TypeORM read decorator metadata, which only SWC (not esbuild) emits here.
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
    }),
  ],
  resolve: {
    alias: [
      { find: '@prospek/shared', replacement: fileURLToPath(new URL('./shared/src/index.ts', import.meta.url)) },
      // One graphql module instance: type-graphql loads its CommonJS entry, so ours must too.
      { find: /^graphql$/, replacement: 'graphql/index.js' },
    ],
  },
  test: {
    include: ['test/{unit,api,realtime,e2e,deploy}/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
