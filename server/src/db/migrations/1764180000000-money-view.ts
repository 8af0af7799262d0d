import { Table, TableColumn, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createdAtColumn, idColumn, updatedAtColumn, versionColumn } from './columns.js';

/** The chart-of-accounts codes the mapping starts with, as they stood when this migration was written. */
const STARTING_CODES: Array<[account: string, code: string, name: string]> = [
  ['CASH', '1-1100', 'Kas'],
  ['LOAN_PRINCIPAL', '1-1300', 'Pinjaman yang diberikan'],
  ['RECEIVABLE', '1-1400', 'Piutang usaha'],
  ['VAT_INPUT', '1-1500', 'PPN masukan'],
  ['PAYABLE', '2-1100', 'Utang usaha'],
  ['CLIENT_DEPOSIT', '2-1300', 'Titipan nasabah'],
  ['VAT_OUTPUT', '2-1400', 'PPN keluaran'],
  ['INTEREST_INCOME', '4-1100', 'Pendapatan bunga'],
  ['PENALTY_INCOME', '4-1200', 'Pendapatan denda'],
  ['SERVICE_INCOME', '4-2100', 'Pendapatan jasa'],
  ['GENERAL_EXPENSE', '5-1100', 'Beban umum dan administrasi'],
  ['MARKETING_EXPENSE', '5-1200', 'Beban pemasaran'],
];

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
    for (const [account, code, name] of STARTING_CODES) {
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
