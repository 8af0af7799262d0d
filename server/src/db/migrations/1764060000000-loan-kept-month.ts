import { TableColumn } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The month's collection figures kept on each loan (due on its installments falling due in the month,
 * and paid on them), brought up to date by every posting and the nightly run, so portfolio quality sums
 * loan rows instead of installments. Existing loans start with no month: they are counted from their
 * installments until the nightly run or a posting keeps their figures.
 */
export class LoanKeptMonth1764060000000 implements MigrationInterface {
  name = 'LoanKeptMonth1764060000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('loan', new TableColumn({ name: 'collectionMonth', type: 'varchar', length: '7', isNullable: true }));
    await qr.addColumn('loan', new TableColumn({ name: 'dueInMonth', type: 'bigint', default: 0 }));
    await qr.addColumn('loan', new TableColumn({ name: 'collectedInMonth', type: 'bigint', default: 0 }));
  }

  async down(qr: QueryRunner): Promise<void> {
    // A plain DROP COLUMN on both databases: SQLite's table rebuild cannot run while other tables reference loans.
    const q = (name: string) => qr.connection.driver.escape(name);
    for (const column of ['collectedInMonth', 'dueInMonth', 'collectionMonth']) await qr.query(`ALTER TABLE ${q('loan')} DROP COLUMN ${q(column)}`);
  }
}
