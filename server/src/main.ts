import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import { loadConfig } from './config.js';

const config = loadConfig(process.env, {
  clientDist: process.env.CLIENT_DIST ?? fileURLToPath(new URL('../../client/dist', import.meta.url)),
});
const app = await createApp(config);
const url = await app.listen();
console.log(`Prospek is listening on ${url} (database: ${app.dataSource.options.type})`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing`);
    app.close().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  });
}
