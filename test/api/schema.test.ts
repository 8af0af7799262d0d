import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../server/src/db/data-source.js';
import { entities } from '../../server/src/entities.js';
import { printApiSchema } from '../../server/src/graphql/emit-schema.js';
import { databaseTargets } from '../helpers/databases.js';
import type { TestDatabase } from '../helpers/databases.js';

describe.each(databaseTargets)('migrations on $kind', (target) => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await target.create();
    dataSource = await createDataSource(db.url, entities);
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('leave the schema exactly as the entities describe it', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it.runIf(target.kind === 'mysql')('store ordering keys with a binary collation', async () => {
    const [column] = await dataSource.query(
      `SELECT COLLATION_NAME AS collation FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lead' AND COLUMN_NAME = 'position'`,
    );
    expect(column.collation).toBe('utf8mb4_bin');
  });

  it('can be reverted and applied again', async () => {
    await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(true);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(false);
  });
});

describe('GraphQL schema file', () => {
  it('is committed as the server builds it (npm run schema)', async () => {
    const committed = readFileSync(new URL('../../server/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await printApiSchema());
  });
});
