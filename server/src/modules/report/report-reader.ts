/**
 * The one door through which report queries read. Reports read the primary today; when read replicas come,
 * this is where a report's reads are sent to one (TypeORM replication: a query runner on the slave).
 */
import type { DataSource, EntityManager } from 'typeorm';

export function reportReader(dataSource: DataSource): EntityManager {
  return dataSource.manager;
}

/** Runs a raw report query through the report reader. */
export function reportQuery<T>(dataSource: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  return reportReader(dataSource).query(sql, params) as Promise<T[]>;
}
