import { Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner, TableColumnOptions } from 'typeorm';
import { createdAtColumn, idColumn } from './columns.js';

const fk = (column: string, table: string) =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' });
const money = (name: string): TableColumnOptions => ({ name, type: 'bigint' });
const int = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable });
const date = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'date', isNullable });
const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });

/**
 * Restructured loans: each schedule a loan has had is a version (the first kept when the loan is first
 * restructured, with its installments as they stood), the version a repayment was posted under, the
 * grade a restructured loan had before, and the rule set's upgrade rule for restructured loans
 * (one grade better after three installments on time, the OJK practice).
 */
export class LoanRestructuring1764050000000 implements MigrationInterface {
  name = 'LoanRestructuring1764050000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('loan', new TableColumn({ name: 'scheduleVersion', type: 'integer', default: 1 }));
    await qr.addColumn('loan', new TableColumn({ name: 'restructuredFromGrade', type: 'integer', isNullable: true }));
    await qr.addColumn('loan_repayment', new TableColumn({ name: 'scheduleVersion', type: 'integer', default: 1 }));
    await qr.addColumn('collectibility_rule_set', new TableColumn({ name: 'restructureUpgradeAfter', type: 'integer', default: 3 }));
    await qr.addColumn('collectibility_rule_set', new TableColumn({ name: 'restructureUpgradeGrades', type: 'integer', default: 1 }));
    await qr.createTable(
      new Table({
        name: 'loan_schedule_version',
        columns: [
          idColumn(),
          int('loanId'),
          int('version'),
          text('kind', 16),
          int('previousVersionId', true),
          date('effectiveDate'),
          money('principal'),
          money('capitalisedArrears'),
          money('carriedArrears'),
          int('annualRateMicro'),
          int('tenorMonths'),
          text('interestMethod', 10),
          date('maturityDate'),
          int('gradeBefore', true),
          text('reason', 500, true),
          int('createdById', true),
          createdAtColumn(qr),
        ],
        indices: [new TableIndex({ name: 'UQ_loan_schedule_version', columnNames: ['loanId', 'version'], isUnique: true })],
        foreignKeys: [fk('loanId', 'loan')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'loan_past_installment',
        columns: [
          idColumn(),
          int('scheduleVersionId'),
          int('number'),
          date('dueDate'),
          money('principal'),
          money('interest'),
          money('paidPrincipal'),
          money('paidInterest'),
          money('penalty'),
          money('paidPenalty'),
          date('paidDate', true),
        ],
        indices: [new TableIndex({ name: 'UQ_loan_past_installment_number', columnNames: ['scheduleVersionId', 'number'], isUnique: true })],
        foreignKeys: [fk('scheduleVersionId', 'loan_schedule_version')],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('loan_past_installment');
    await qr.dropTable('loan_schedule_version');
    // A plain DROP COLUMN on both databases: SQLite's table rebuild (TypeORM's dropColumn) cannot run
    // inside a migration's transaction while other tables reference these rows.
    const q = (name: string) => qr.connection.driver.escape(name);
    const drop = ([table, column]: [string, string]) => qr.query(`ALTER TABLE ${q(table)} DROP COLUMN ${q(column)}`);
    for (const pair of [
      ['collectibility_rule_set', 'restructureUpgradeGrades'],
      ['collectibility_rule_set', 'restructureUpgradeAfter'],
      ['loan_repayment', 'scheduleVersion'],
      ['loan', 'restructuredFromGrade'],
      ['loan', 'scheduleVersion'],
    ] as Array<[string, string]>)
      await drop(pair);
  }
}
