import { Table, TableColumn, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_ACCOUNT_CODES } from '../../modules/finance/account-mapping.defaults.js';
import { createdAtColumn, idColumn, updatedAtColumn, versionColumn } from './columns.js';

/** Offices get a monthly marketing budget; the journal export's account mapping starts from common codes. */
export class MoneyView1764180000000 implements MigrationInterface {
  name = 'MoneyView1764180000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('office', new TableColumn({ name: 'monthlyBudget', type: 'bigint', default: 0 }));
    await qr.createTable(
      new Table({
        name: 'account_mapping',
        columns: [
          idColumn(),
          { name: 'account', type: 'varchar', length: '24' },
          { name: 'productId', type: 'integer', default: 0 },
          { name: 'code', type: 'varchar', length: '20' },
          { name: 'name', type: 'varchar', length: '120' },
          versionColumn(),
          createdAtColumn(qr),
          updatedAtColumn(qr),
        ],
        indices: [new TableIndex({ name: 'UQ_account_mapping', columnNames: ['account', 'productId'], isUnique: true })],
      }),
    );
    const q = (name: string) => qr.connection.driver.escape(name);
    for (const [account, { code, name }] of Object.entries(DEFAULT_ACCOUNT_CODES)) {
      await qr.query(`INSERT INTO ${q('account_mapping')} (${['account', 'productId', 'code', 'name', 'version'].map(q).join(', ')}) VALUES (?, 0, ?, ?, 1)`, [
        account,
        code,
        name,
      ]);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    const q = (name: string) => qr.connection.driver.escape(name);
    await qr.dropTable('account_mapping');
    // A plain DROP COLUMN on both databases: SQLite's table rebuild cannot run inside a migration's transaction.
    await qr.query(`ALTER TABLE ${q('office')} DROP COLUMN ${q('monthlyBudget')}`);
  }
}
