import { Table, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner, TableColumnOptions } from 'typeorm';
import { DEFAULT_COLLECTIBILITY_RULES, INSTITUTION_TYPES } from '@prospek/shared';
import { createdAtColumn, idColumn, updatedAtColumn, versionColumn } from './columns.js';

const fk = (column: string, table: string) =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' });
const money = (name: string): TableColumnOptions => ({ name, type: 'bigint' });
const int = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable });
const date = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'date', isNullable });
const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });

/**
 * The loan book: loans with their schedules, repayments and the allocation entries they produced,
 * collectibility rule sets per institution type (seeded with the OJK thresholds) and their history per
 * loan, and each loan product's collection terms.
 */
export class LoanBook1763970000000 implements MigrationInterface {
  name = 'LoanBook1763970000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'loan',
        columns: [
          idColumn(),
          int('clientId'),
          int('productId'),
          int('offerId'),
          int('officerId', true),
          int('officeId'),
          money('principal'),
          int('annualRateMicro'),
          int('tenorMonths'),
          text('interestMethod', 10),
          date('disbursementDate'),
          date('firstDueDate'),
          date('maturityDate'),
          text('status', 16),
          money('outstandingPrincipal'),
          money('arrears'),
          money('creditBalance'),
          int('daysPastDue'),
          int('collectibility'),
          date('positionAsOf'),
          date('closedDate', true),
          versionColumn(),
          createdAtColumn(qr),
          updatedAtColumn(qr),
        ],
        indices: [
          new TableIndex({ name: 'UQ_loan_offer', columnNames: ['offerId'], isUnique: true }),
          new TableIndex({ name: 'IDX_loan_client', columnNames: ['clientId'] }),
          new TableIndex({ name: 'IDX_loan_officer', columnNames: ['officerId'] }),
          new TableIndex({ name: 'IDX_loan_office_status', columnNames: ['officeId', 'status'] }),
        ],
        foreignKeys: [fk('clientId', 'client'), fk('productId', 'product'), fk('offerId', 'offer'), fk('officerId', 'user'), fk('officeId', 'office')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'loan_installment',
        columns: [
          idColumn(),
          int('loanId'),
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
        indices: [
          new TableIndex({ name: 'UQ_loan_installment_number', columnNames: ['loanId', 'number'], isUnique: true }),
          new TableIndex({ name: 'IDX_loan_installment_due', columnNames: ['dueDate'] }),
        ],
        foreignKeys: [fk('loanId', 'loan')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'loan_repayment',
        columns: [
          idColumn(),
          int('loanId'),
          money('amount'),
          date('valueDate'),
          text('channel', 20),
          text('reference', 100, true),
          { name: 'reversed', type: 'boolean' },
          text('reversalReason', 500, true),
          { name: 'reversedAt', type: 'datetime', isNullable: true },
          int('reversedById', true),
          int('postedById'),
          createdAtColumn(qr),
        ],
        indices: [new TableIndex({ name: 'IDX_loan_repayment_loan_value', columnNames: ['loanId', 'valueDate'] })],
        foreignKeys: [fk('loanId', 'loan')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'loan_posting',
        columns: [idColumn(), int('loanId'), text('kind', 12), int('repaymentId', true), date('replayFrom'), int('actorId'), createdAtColumn(qr)],
        indices: [new TableIndex({ name: 'IDX_loan_posting_loan', columnNames: ['loanId'] })],
        foreignKeys: [fk('loanId', 'loan')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'loan_allocation',
        columns: [idColumn(), int('loanId'), int('postingId'), int('repaymentId'), int('installmentNumber'), text('component', 10), money('amount')],
        indices: [new TableIndex({ name: 'IDX_loan_allocation_loan', columnNames: ['loanId', 'repaymentId'] })],
        foreignKeys: [fk('loanId', 'loan'), fk('postingId', 'loan_posting'), fk('repaymentId', 'loan_repayment')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'loan_grade_change',
        columns: [
          idColumn(),
          int('loanId'),
          date('asOfDate'),
          int('daysPastDue'),
          text('fromBucket', 10, true),
          text('toBucket', 10),
          int('fromGrade', true),
          int('toGrade'),
          int('ruleSetId', true),
          createdAtColumn(qr),
        ],
        indices: [new TableIndex({ name: 'IDX_loan_grade_change_loan', columnNames: ['loanId', 'asOfDate'] })],
        foreignKeys: [fk('loanId', 'loan')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'collectibility_rule_set',
        columns: [
          idColumn(),
          text('institutionType', 20),
          date('effectiveFrom'),
          text('maxDaysPastDueJson', 100),
          int('pastMaturityMinGrade', true),
          int('createdById', true),
          createdAtColumn(qr),
        ],
        indices: [new TableIndex({ name: 'UQ_collectibility_rule_set_type_from', columnNames: ['institutionType', 'effectiveFrom'], isUnique: true })],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'loan_book_setting',
        columns: [{ name: 'id', type: 'integer', isPrimary: true }, text('institutionType', 20), versionColumn(), updatedAtColumn(qr)],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'loan_product_setting',
        columns: [
          { name: 'productId', type: 'integer', isPrimary: true },
          { name: 'allocationOrderJson', type: 'text' },
          int('graceDays'),
          money('toleranceAmount'),
          int('penaltyMicroPercentPerDay'),
          versionColumn(),
          updatedAtColumn(qr),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['productId'],
            referencedTableName: 'product',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
    // The OJK thresholds as the first version of every institution type's rules; banks by default.
    for (const type of INSTITUTION_TYPES) {
      const rules = DEFAULT_COLLECTIBILITY_RULES[type];
      await qr.query(
        `INSERT INTO ${qr.connection.driver.escape('collectibility_rule_set')} (institutionType, effectiveFrom, maxDaysPastDueJson, pastMaturityMinGrade) VALUES (?, ?, ?, ?)`,
        [type, '2000-01-01', JSON.stringify(rules.maxDaysPastDue), rules.pastMaturityMinGrade],
      );
    }
    await qr.query(`INSERT INTO loan_book_setting (id, institutionType, version) VALUES (1, 'COMMERCIAL_BANK', 1)`);
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of [
      'loan_product_setting',
      'loan_book_setting',
      'collectibility_rule_set',
      'loan_grade_change',
      'loan_allocation',
      'loan_posting',
      'loan_repayment',
      'loan_installment',
      'loan',
    ]) {
      await qr.dropTable(table);
    }
  }
}
