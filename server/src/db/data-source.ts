import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import type { DataSourceOptions, Logger } from 'typeorm';
import type { MysqlDataSourceOptions } from 'typeorm/driver/mysql/MysqlDataSourceOptions.js';
import { logger } from '../observability/logger.js';
import { migrations } from './migrations/index.js';
import { isMysql } from './sql.js';
import { uniqueViolation } from './unique-violation.js';
import { mysqlWithTimeouts } from './mysql-timeouts.js';
import type { StatementDeadline } from './mysql-timeouts.js';

export type DatabaseKind = 'mysql' | 'sqlite';

export type EntityList = NonNullable<DataSourceOptions['entities']>;

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('mysql://') || url.startsWith('mariadb://')) return 'mysql';
  if (url.startsWith('sqlite:')) return 'sqlite';
  throw new Error(`DATABASE_URL must start with mysql:// or sqlite:, got "${url}"`);
}

/**
 * TypeORM reads MariaDB's catalogue differently from MySQL's (column defaults, generated columns),
 * so a `mysql://` URL is asked which server it is before the data source is built.
 */
async function isMariaDb(url: string, connectTimeoutMs: number): Promise<boolean> {
  const connection = await createConnection({ uri: url.replace(/^mariadb:/, 'mysql:'), connectTimeout: connectTimeoutMs });
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return /mariadb/i.test(String((rows as Array<{ version: string }>)[0]?.version));
  } finally {
    await connection.end();
  }
}

export interface DataSourceSettings {
  logSql?: boolean;
  /** Called with every SQL statement sent (benchmarks and tests count them). */
  onQuery?: (sql: string) => void;
  /** Deadlines on MySQL/MariaDB (SQLite has its busy timeout); none when unset. */
  timeouts?: { connectTimeoutMs: number; acquireTimeoutMs: number; statement: StatementDeadline };
  /** Read replicas of a MySQL/MariaDB primary (`mysql://` URLs); report reads go to them (report-reader.ts). */
  replicaUrls?: string[];
}

/** A replica URL without a database name reads the primary's database. */
function replicaUrl(url: string, primary: string): string {
  const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
  if (parsed.pathname === '' || parsed.pathname === '/') parsed.pathname = new URL(primary).pathname;
  return parsed.toString();
}

/**
 * TypeORM's replication for the mysql driver (a mysql2 pool cluster), tuned so that the primary behaves
 * as the single pool does:
 * - `defaultMode: 'master'`: TypeORM would otherwise send every read outside a transaction (find,
 *   query builders) to a replica, so a read right after a write could miss it. Only report-reader.ts
 *   asks for a replica.
 * - `canRetry: false`: mysql2 would retry a failed acquire on the same pattern at once, in a loop for as
 *   long as the primary is away; the error goes to the caller instead (and becomes UNAVAILABLE).
 * - no node is ever taken out of the cluster (mysql2 removes one for good after 5 errors by default).
 */
type MysqlReplication = NonNullable<MysqlDataSourceOptions['replication']>;

function replication(primary: string, replicas: string[]): MysqlReplication {
  return {
    master: { url: primary },
    slaves: replicas.map((url) => ({ url: replicaUrl(url, primary) })),
    defaultMode: 'master',
    canRetry: false,
    removeNodeErrorCount: Number.MAX_SAFE_INTEGER,
    selector: 'RR',
  };
}

/** Prints errors (and statements when asked), and tells `onQuery` about every statement. */
function createLogger(settings: DataSourceSettings): Logger {
  return {
    logQuery: (query) => {
      settings.onQuery?.(query);
      if (settings.logSql) logger.info({ sql: query }, 'SQL');
    },
    // A duplicate key is an answer (CONFLICT), not a fault; its message would also put the value (a NIK) in the log.
    logQueryError: (error, query) => {
      if (!uniqueViolation(error)) logger.error({ sql: query, err: error }, 'SQL failed');
    },
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: (level, message) => {
      if (level === 'warn') logger.warn({ typeorm: message }, 'TypeORM warning');
    },
  };
}

/**
 * Builds (does not connect) the data source a `DATABASE_URL` names, for the entities the modules declare
 * (`entities.ts` lists them).
 */
export async function createDataSource(url: string, entities: EntityList, settings: DataSourceSettings = {}): Promise<DataSource> {
  const common = {
    entities,
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    logger: createLogger(settings),
    logging: settings.logSql || settings.onQuery ? (['query', 'error', 'warn'] as const) : (['error', 'warn'] as const),
  };
  let config: DataSourceOptions;
  if (databaseKind(url) === 'mysql') {
    const timeouts = settings.timeouts;
    const mariadb = await isMariaDb(url, timeouts?.connectTimeoutMs ?? 10_000);
    const primary = url.replace(/^mariadb:/, 'mysql:');
    const replicas = settings.replicaUrls ?? [];
    config = {
      ...common,
      logging: [...common.logging],
      type: mariadb ? 'mariadb' : 'mysql',
      ...(replicas.length > 0 ? { replication: replication(primary, replicas) } : { url: primary }),
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      supportBigNumbers: true,
      bigNumberStrings: false,
      poolSize: 10,
      ...(timeouts
        ? {
            connectTimeout: timeouts.connectTimeoutMs,
            driver: mysqlWithTimeouts({ acquireTimeoutMs: timeouts.acquireTimeoutMs, statement: timeouts.statement, server: mariadb ? 'mariadb' : 'mysql' }),
          }
        : {}),
    };
  } else {
    const file = url.slice('sqlite:'.length);
    if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
    config = {
      ...common,
      logging: [...common.logging],
      type: 'better-sqlite3',
      database: file,
      enableWAL: true,
      prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
        db.pragma('busy_timeout = 5000');
      },
    };
  }
  return new DataSource(config);
}

/** Whether report reads have replicas to go to (DATABASE_REPLICA_URLS). */
export function hasReplicas(dataSource: DataSource): boolean {
  return isMysql(dataSource) && dataSource.driver.isReplicated;
}

// isMysql lives in sql.ts, which migrations import, so that sql.ts need not import this file; kept here for its callers.
export { isMysql };
