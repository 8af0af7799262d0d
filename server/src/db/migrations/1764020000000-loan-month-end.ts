import { Table, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner, TableColumnOptions } from 'typeorm';
import { createdAtColumn, idColumn } from './columns.js';

const money = (name: string): TableColumnOptions => ({ name, type: 'bigint' });
const int = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable });
const date = (name: string): TableColumnOptions => ({ name, type: 'date' });

/** Month-end snapshots of the loan book: one row per loan and closed month, never updated. */
export class LoanMonthEnd1764020000000 implements MigrationInterface {
  name = 'LoanMonthEnd1764020000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'loan_month_end',
        columns: [
          idColumn(),
          int('loanId'),
          date('monthEnd'),
          int('clientId'),
          int('officerId', true),
          int('officeId'),
          money('principal'),
          money('outstandingPrincipal'),
          money('arrears'),
          money('arrearsPrincipal'),
          money('arrearsInterest'),
          money('dueInMonth'),
          money('collectedInMonth'),
          int('daysPastDue'),
          int('collectibility'),
          { name: 'status', type: 'varchar', length: '16' },
          int('annualRateMicro'),
          date('maturityDate'),
          createdAtColumn(qr),
        ],
        indices: [
          new TableIndex({ name: 'UQ_loan_month_end_loan_month', columnNames: ['loanId', 'monthEnd'], isUnique: true }),
          new TableIndex({ name: 'IDX_loan_month_end_month_office', columnNames: ['monthEnd', 'officeId'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['loanId'],
            referencedTableName: 'loan',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('loan_month_end');
  }
}
