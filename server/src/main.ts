import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { logger } from './observability/logger.js';

const config = loadConfig(process.env, {
  clientDist: process.env.CLIENT_DIST ?? fileURLToPath(new URL('../../client/dist', import.meta.url)),
});
const app = await createApp(config, { scheduler: true });
const url = await app.listen();
logger.info({ url, database: app.dataSource.options.type }, `Prospek is listening on ${url} (database: ${app.dataSource.options.type})`);

/** Past the requests' deadline, what still holds the shutdown (a hung database) is not waited for. */
const HARD_STOP_GRACE_MS = 5_000;

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, `${signal}: closing`);
    setTimeout(() => {
      logger.error({ signal }, 'Shutdown did not finish in time: exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs + HARD_STOP_GRACE_MS).unref();
    app.close().then(
      () => {
        logger.info('Closed');
        process.exit(0);
      },
      (err: unknown) => {
        logger.fatal({ err }, 'Shutdown failed');
        process.exit(1);
      },
    );
  });
}
