import { Table, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createdAtColumn, idColumn, updatedAtColumn, versionColumn } from './columns.js';

const fk = (column: string, table: string) =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' });

/** Officers' periodic work reports: their own notes on a week or month, submitted and acknowledged by a manager. */
export class WorkReports1764160000000 implements MigrationInterface {
  name = 'WorkReports1764160000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'work_report',
        columns: [
          idColumn(),
          { name: 'officerId', type: 'integer' },
          { name: 'officeId', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '8' },
          { name: 'periodStart', type: 'date' },
          { name: 'periodEnd', type: 'date' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'plans', type: 'varchar', length: '4000', isNullable: true },
          { name: 'obstacles', type: 'varchar', length: '4000', isNullable: true },
          { name: 'submittedAt', type: 'datetime', isNullable: true },
          { name: 'acknowledgedById', type: 'integer', isNullable: true },
          { name: 'acknowledgedAt', type: 'datetime', isNullable: true },
          { name: 'managerComment', type: 'varchar', length: '2000', isNullable: true },
          versionColumn(),
          createdAtColumn(qr),
          updatedAtColumn(qr),
        ],
        indices: [
          new TableIndex({ name: 'UQ_work_report_period', columnNames: ['officerId', 'kind', 'periodStart'], isUnique: true }),
          new TableIndex({ name: 'IDX_work_report_office_period', columnNames: ['officeId', 'kind', 'periodStart'] }),
        ],
        foreignKeys: [fk('officerId', 'user'), fk('officeId', 'office'), fk('acknowledgedById', 'user')],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('work_report');
  }
}
