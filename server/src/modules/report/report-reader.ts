/**
 * The one door through which report queries read. The aggregates (`reportQuery`) go to a read replica
 * when DATABASE_REPLICA_URLS names any (see db/report-reader.ts); the small lookups that decide a
 * report's scope, and targets a manager has just set, read the primary.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { readForReport } from '../../db/report-reader.js';

export function reportReader(dataSource: DataSource): EntityManager {
  return dataSource.manager;
}

/** Runs a raw report query on a replica when there is one, the primary otherwise. */
export function reportQuery<T>(dataSource: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  return readForReport(dataSource, (manager) => manager.query(sql, params) as Promise<T[]>);
}
