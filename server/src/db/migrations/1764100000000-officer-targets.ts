import { Table, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createdAtColumn, idColumn, updatedAtColumn, versionColumn } from './columns.js';

const fk = (column: string, table: string) =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' });

/** Officers' monthly targets (disbursement, outstanding, new debtors, new leads, visits), one per officer, month and metric. */
export class OfficerTargets1764100000000 implements MigrationInterface {
  name = 'OfficerTargets1764100000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'officer_target',
        columns: [
          idColumn(),
          { name: 'officerId', type: 'integer' },
          { name: 'officeId', type: 'integer' },
          { name: 'month', type: 'varchar', length: '7' },
          { name: 'metric', type: 'varchar', length: '16' },
          { name: 'value', type: 'bigint' },
          { name: 'setById', type: 'integer' },
          versionColumn(),
          createdAtColumn(qr),
          updatedAtColumn(qr),
        ],
        indices: [
          new TableIndex({ name: 'UQ_officer_target', columnNames: ['officerId', 'month', 'metric'], isUnique: true }),
          new TableIndex({ name: 'IDX_officer_target_office_month', columnNames: ['officeId', 'month'] }),
        ],
        foreignKeys: [fk('officerId', 'user'), fk('officeId', 'office')],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('officer_target');
  }
}
