/**
 * The databases a suite runs against: SQLite always, MySQL/MariaDB when reachable (or required).
 * Each test database is created for the run and dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { MYSQL_URL, mysqlAvailable } from './services.js';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export interface DatabaseTarget {
  kind: 'sqlite' | 'mysql';
  create(): Promise<TestDatabase>;
}

const sqlite: DatabaseTarget = {
  kind: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'prospek-test-'));
    return { url: `sqlite:${join(dir, 'test.sqlite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

const mysql: DatabaseTarget = {
  kind: 'mysql',
  async create() {
    const name = `prospek_test_${randomBytes(5).toString('hex')}`;
    const admin = await createConnection({ uri: MYSQL_URL });
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    return {
      url: `${MYSQL_URL.replace(/\/$/, '')}/${name}`,
      async drop() {
        const conn = await createConnection({ uri: MYSQL_URL });
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await conn.end();
      },
    };
  },
};

const mysqlUp = await mysqlAvailable();
if (!mysqlUp && process.env.REQUIRE_MYSQL === '1') throw new Error('MySQL is required (REQUIRE_MYSQL=1) but not reachable');

/** Targets for `describe.each`: SQLite, and MySQL when it is there. */
export const databaseTargets: DatabaseTarget[] = mysqlUp ? [sqlite, mysql] : [sqlite];
