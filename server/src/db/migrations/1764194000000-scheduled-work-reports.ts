import { Table, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createdAtColumn, idColumn } from './columns.js';

/** Work reports sent on schedule at each period's end: one row per officer, kind and period. */
export class ScheduledWorkReports1764194000000 implements MigrationInterface {
  name = 'ScheduledWorkReports1764194000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'work_report_dispatch',
        columns: [
          idColumn(),
          { name: 'officerId', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '8' },
          { name: 'periodStart', type: 'date' },
          { name: 'periodEnd', type: 'date' },
          { name: 'recipients', type: 'integer' },
          createdAtColumn(qr),
        ],
        indices: [new TableIndex({ name: 'UQ_work_report_dispatch', columnNames: ['officerId', 'kind', 'periodStart'], isUnique: true })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['officerId'],
            referencedTableName: 'user',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('work_report_dispatch');
  }
}
