import type { DataSource } from 'typeorm';
import { isMysql } from './data-source.js';
import { logInfo } from '../observability/logger.js';

/**
 * Brings a database up to date: migrations, then `populate` (which fills an empty database; the seed
 * provides it). Several instances starting together on MySQL take turns through a named lock.
 */
export async function prepareDatabase(dataSource: DataSource, populate: (dataSource: DataSource) => Promise<void>, log: (line: string) => void = logInfo) {
  const mysql = isMysql(dataSource);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    if (mysql) await runner.query(`SELECT GET_LOCK('prospek_bootstrap', 120)`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) log(`Applied migrations: ${applied.map((m) => m.name).join(', ')}`);
    await populate(dataSource);
  } finally {
    if (mysql) await runner.query(`SELECT RELEASE_LOCK('prospek_bootstrap')`).catch(() => undefined);
    await runner.release();
  }
}
