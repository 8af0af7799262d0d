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

export function poolReader(dataSource: DataSource): () => PoolReading | null {
  return () => {
    if (!dataSource.isInitialized || !isMysql(dataSource)) return null;
    const pool = (dataSource.driver as unknown as { pool?: Mysql2PoolInternals }).pool;
    if (!pool?._allConnections || !pool._freeConnections) return null;
    return { total: pool._allConnections.length, idle: pool._freeConnections.length, waiting: pool._connectionQueue?.length ?? 0 };
  };
}
