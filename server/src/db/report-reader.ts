/**
 * Where report queries read: a read replica when DATABASE_REPLICA_URLS names any, the primary otherwise.
 *
 * A replica lags the primary by up to its replication delay, so only reads that may show the book as of
 * a moment ago go through here: aggregates, exports, dashboards — never a read that follows the
 * caller's own write (a mutation's answer, a page reloaded after saving), which stays on the primary
 * through `dataSource.manager` (the data source's default read mode is the primary, see data-source.ts).
 * A replica that cannot be reached, or whose connection breaks, does not fail the report: it is read
 * from the primary instead (logged). A statement that runs past its deadline on the replica is not
 * repeated on the primary: the report fails with UNAVAILABLE as it would there.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { logger } from '../observability/logger.js';
import { hasReplicas } from './data-source.js';
import { DatabaseTimeoutError } from './mysql-timeouts.js';
import { isDatabaseUnavailable } from './unavailable.js';

/**
 * Runs `read` with an EntityManager on one replica connection (the replicas take turns) and gives the
 * connection back when `read` settles. Everything `read` sends through the manager (`query`, `find`,
 * `manager.createQueryBuilder`) reads that replica; `read` must only read, and may run twice (on the
 * primary after a replica's connection broke).
 */
export async function readForReport<T>(dataSource: DataSource, read: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (!hasReplicas(dataSource)) return read(dataSource.manager);
  const runner = dataSource.createQueryRunner('slave');
  try {
    await runner.connect();
    return await read(runner.manager);
  } catch (error) {
    if (!replicaAway(error)) throw error;
    logger.warn({ err: error }, 'A read replica did not answer; the report reads the primary');
    return read(dataSource.manager);
  } finally {
    await runner.release();
  }
}

/** The replica refused or lost the connection (not: a statement ran past its deadline). */
function replicaAway(error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  let current: unknown = error;
  const seen = new Set<unknown>();
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    if (current instanceof DatabaseTimeoutError && !/connection/i.test(current.message)) return false;
    const { code } = current as { code?: unknown };
    if (code === 'ER_STATEMENT_TIMEOUT' || code === 'ER_QUERY_TIMEOUT') return false;
    const next = current as { driverError?: unknown; cause?: unknown };
    current = next.driverError ?? next.cause;
  }
  return true;
}
