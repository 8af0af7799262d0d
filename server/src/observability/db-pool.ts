/**
 * Reads mysql2's pool for the pool gauges. mysql2 has no public accessor for its counts, so its queues
 * are read by their long-standing internal names; a driver without them reports nothing.
 */
import type { DataSource } from 'typeorm';
import { isMysql } from '../db/data-source.js';
import type { PoolReading } from './metrics.js';

interface Mysql2PoolInternals {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
}

/** With read replicas TypeORM holds a mysql2 pool cluster; the gauges read its primary's pool. */
interface Mysql2ClusterInternals {
  _nodes?: Record<string, { pool?: Mysql2PoolInternals } | undefined>;
}

export function poolReader(dataSource: DataSource): () => PoolReading | null {
  return () => {
    if (!dataSource.isInitialized || !isMysql(dataSource)) return null;
    const driver = dataSource.driver as unknown as { pool?: Mysql2PoolInternals; poolCluster?: Mysql2ClusterInternals };
    const pool = driver.pool ?? driver.poolCluster?._nodes?.MASTER?.pool;
    if (!pool?._allConnections || !pool._freeConnections) return null;
    return { total: pool._allConnections.length, idle: pool._freeConnections.length, waiting: pool._connectionQueue?.length ?? 0 };
  };
}
