import { TableColumn } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each office keeps its time zone (WIB, WITA or WIT): times show in the viewer's zone and business
 * dates are the office's. Leads and clients record the applicant's monthly income and the installments
 * they already pay elsewhere, so that an offer shows its debt-service ratio.
 */
export class OfficeZonesAndIncome1763960000000 implements MigrationInterface {
  name = 'OfficeZonesAndIncome1763960000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('office', new TableColumn({ name: 'timeZone', type: 'varchar', length: '32', default: "'Asia/Jakarta'" }));
    for (const table of ['lead', 'client']) {
      await qr.addColumns(table, [
        new TableColumn({ name: 'monthlyIncome', type: 'bigint', isNullable: true }),
        new TableColumn({ name: 'existingInstallments', type: 'bigint', isNullable: true }),
      ]);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    // A plain DROP COLUMN on both databases: SQLite's table rebuild (TypeORM's dropColumn) cannot run
    // inside a migration's transaction while other tables reference these rows.
    const q = (name: string) => qr.connection.driver.escape(name);
    for (const table of ['client', 'lead']) {
      await qr.query(`ALTER TABLE ${q(table)} DROP COLUMN ${q('existingInstallments')}`);
      await qr.query(`ALTER TABLE ${q(table)} DROP COLUMN ${q('monthlyIncome')}`);
    }
    await qr.query(`ALTER TABLE ${q('office')} DROP COLUMN ${q('timeZone')}`);
  }
}
