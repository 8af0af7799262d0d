import type { TestServer } from './server.js';

/** The signed-in user's row, read at most once a second per user: whether a request reads it is a matter of timing. */
const USER_ROW = /^SELECT \* FROM [`"]user[`"] WHERE [`"]id[`"] = \?$/;

/**
 * Counts SQL statements through the data source's logger until stopped, leaving out transaction control
 * and the signed-in user's row.
 */
export function countStatements(server: TestServer, onStatement: () => void): () => void {
  const logger = server.app.dataSource.logger;
  const original = logger.logQuery.bind(logger);
  server.app.dataSource.setOptions({ logging: ['query', 'error', 'warn'] });
  logger.logQuery = (query, parameters, runner) => {
    if (!/^(BEGIN|COMMIT|START TRANSACTION)/i.test(query) && !USER_ROW.test(query.trim())) onStatement();
    return original(query, parameters, runner);
  };
  return () => {
    logger.logQuery = original;
  };
}
