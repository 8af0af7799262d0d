import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const server = process.env.PROSPEK_API ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@prospek/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  server: {
    port: 5173,
    // Every route the server answers itself (server/src/app.ts); anything else is a client page.
    proxy: {
      '/graphql': server,
      '/socket.io': { target: server, ws: true },
      '/healthz': server,
      '^/offers/\\d+/pdf': server,
      '/f/': server,
      '/imports': server,
      '/exports/': server,
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 800 },
});
