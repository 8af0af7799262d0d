import type { TestServer } from './server.js';

/** Counts SQL statements (transaction control aside) through the data source's logger until stopped. */
export function countStatements(server: TestServer, onStatement: () => void): () => void {
  const logger = server.app.dataSource.logger;
  const original = logger.logQuery.bind(logger);
  server.app.dataSource.setOptions({ logging: ['query', 'error', 'warn'] });
  logger.logQuery = (query, parameters, runner) => {
    if (!/^(BEGIN|COMMIT|START TRANSACTION)/i.test(query)) onStatement();
    return original(query, parameters, runner);
  };
  return () => {
    logger.logQuery = original;
  };
}
