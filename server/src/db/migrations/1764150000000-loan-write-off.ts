import { TableColumn } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Write-offs: the principal a loan carried off the book when it was written off (its write-off date is
 * its closing date) and why; and which repayments came after the write-off, so they count as recoveries.
 */
export class LoanWriteOff1764150000000 implements MigrationInterface {
  name = 'LoanWriteOff1764150000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('loan', new TableColumn({ name: 'writtenOffPrincipal', type: 'bigint', default: 0 }));
    await qr.addColumn('loan', new TableColumn({ name: 'writeOffReason', type: 'varchar', length: '500', isNullable: true }));
    await qr.addColumn('loan_repayment', new TableColumn({ name: 'recovery', type: 'boolean', default: 0 }));
  }

  async down(qr: QueryRunner): Promise<void> {
    // A plain DROP COLUMN on both databases: SQLite's table rebuild cannot run while other tables reference loans.
    const q = (name: string) => qr.connection.driver.escape(name);
    await qr.query(`ALTER TABLE ${q('loan_repayment')} DROP COLUMN ${q('recovery')}`);
    for (const column of ['writeOffReason', 'writtenOffPrincipal']) await qr.query(`ALTER TABLE ${q('loan')} DROP COLUMN ${q(column)}`);
  }
}
