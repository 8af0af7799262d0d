/**
 * Where report queries read: a read replica when DATABASE_REPLICA_URLS names any, the primary otherwise.
 *
 * A replica lags the primary by up to its replication delay, so only reads that may show the book as of
 * a moment ago go through here: aggregates, exports, dashboards — never a read that follows the
 * caller's own write (a mutation's answer, a page reloaded after saving), which stays on the primary
 * through `dataSource.manager` (the data source's default read mode is the primary, see data-source.ts).
 * A replica that cannot be reached does not fail the report: it is read from the primary instead.
 */
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { logger } from '../observability/logger.js';
import { hasReplicas } from './data-source.js';
import { isDatabaseUnavailable } from './unavailable.js';

/**
 * Runs `read` with an EntityManager on one replica connection (the replicas take turns) and gives the
 * connection back when `read` settles. Everything `read` sends through the manager (`query`, `find`,
 * query builders from `manager.createQueryBuilder`) reads that replica; never write through it.
 */
export async function readForReport<T>(dataSource: DataSource, read: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (!hasReplicas(dataSource)) return read(dataSource.manager);
  const runner = await replicaRunner(dataSource);
  if (!runner) return read(dataSource.manager);
  try {
    return await read(runner.manager);
  } finally {
    await runner.release();
  }
}

/** A query runner holding a replica connection, or null (logged) when no replica answers. */
async function replicaRunner(dataSource: DataSource): Promise<QueryRunner | null> {
  const runner = dataSource.createQueryRunner('slave');
  try {
    await runner.connect();
    return runner;
  } catch (error) {
    await runner.release();
    if (!isDatabaseUnavailable(error)) throw error;
    logger.warn({ err: error }, 'No read replica answered; the report reads the primary');
    return null;
  }
}
