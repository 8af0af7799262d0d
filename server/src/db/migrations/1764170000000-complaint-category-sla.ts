import { TableColumn } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A complaint category may set its own SLA (working days, the extension, the warning days); without
 * them the settings apply. A complaint keeps the days of its category when it was received, so a later
 * change of the category's rule moves no deadline already given and no compliance already reported.
 */
export class ComplaintCategorySla1764170000000 implements MigrationInterface {
  name = 'ComplaintCategorySla1764170000000';

  async up(qr: QueryRunner): Promise<void> {
    for (const name of ['slaWorkingDays', 'slaExtensionDays', 'slaWarningDays'])
      await qr.addColumn('complaint_category', new TableColumn({ name, type: 'integer', isNullable: true }));
    for (const name of ['slaWorkingDays', 'slaExtensionDays']) await qr.addColumn('complaint', new TableColumn({ name, type: 'integer', isNullable: true }));
  }

  async down(qr: QueryRunner): Promise<void> {
    // A plain DROP COLUMN on both databases: SQLite's table rebuild cannot run inside a migration's
    // transaction while other tables reference these.
    const q = (name: string) => qr.connection.driver.escape(name);
    for (const name of ['slaWorkingDays', 'slaExtensionDays']) await qr.query(`ALTER TABLE ${q('complaint')} DROP COLUMN ${q(name)}`);
    for (const name of ['slaWorkingDays', 'slaExtensionDays', 'slaWarningDays'])
      await qr.query(`ALTER TABLE ${q('complaint_category')} DROP COLUMN ${q(name)}`);
  }
}
