import { TableColumn, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A bank's existing loan book comes in through the import: an upload says what it holds (leads or
 * loans), an imported loan has no offer behind it, and it carries the bank's own loan number, unique so
 * that importing the same file again finds the loans already there.
 */
export class LoanImport1764010000000 implements MigrationInterface {
  name = 'LoanImport1764010000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('lead_import', new TableColumn({ name: 'kind', type: 'varchar', length: '8', default: "'LEADS'" }));
    const loan = await qr.getTable('loan');
    const offerId = loan!.findColumnByName('offerId')!;
    await qr.changeColumn('loan', offerId, new TableColumn({ ...offerId, isNullable: true }));
    await qr.addColumn('loan', new TableColumn({ name: 'externalNumber', type: 'varchar', length: '40', isNullable: true }));
    await qr.createIndex('loan', new TableIndex({ name: 'UQ_loan_external_number', columnNames: ['externalNumber'], isUnique: true }));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('loan', 'UQ_loan_external_number');
    // A plain DROP COLUMN on both databases: SQLite's table rebuild cannot run inside a migration's
    // transaction while other tables reference the loans.
    const q = (name: string) => qr.connection.driver.escape(name);
    await qr.query(`ALTER TABLE ${q('loan')} DROP COLUMN ${q('externalNumber')}`);
    await qr.query(`ALTER TABLE ${q('lead_import')} DROP COLUMN ${q('kind')}`);
    // SQLite keeps offerId nullable (tightening it means rebuilding the loan table); MySQL tightens it.
    if (qr.connection.driver.options.type === 'better-sqlite3') return;
    const loan = await qr.getTable('loan');
    const offerId = loan!.findColumnByName('offerId')!;
    await qr.changeColumn('loan', offerId, new TableColumn({ ...offerId, isNullable: false }));
  }
}
