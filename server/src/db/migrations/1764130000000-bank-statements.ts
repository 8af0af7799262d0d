import { Table, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner, TableColumnOptions } from 'typeorm';
import { createdAtColumn, idColumn, orderKeyColumn, updatedAtColumn, versionColumn } from './columns.js';

const fk = (column: string, table: string) =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' });
const int = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable });
const date = (name: string): TableColumnOptions => ({ name, type: 'date' });
const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
const index = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/** Bank statements and their lines: the reconciliation queue's cards. */
export class BankStatements1764130000000 implements MigrationInterface {
  name = 'BankStatements1764130000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'bank_statement',
        columns: [
          idColumn(),
          int('officeId'),
          text('account', 40),
          text('format', 8),
          text('fileName', 200),
          date('periodFrom'),
          date('periodTo'),
          text('status', 10),
          int('lineCount'),
          int('duplicateCount'),
          { name: 'progress', type: 'integer', default: 0 },
          int('uploadedById'),
          createdAtColumn(qr),
        ],
        indices: [index('IDX_bank_statement_office', ['officeId', 'id'])],
        foreignKeys: [fk('officeId', 'office')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'bank_statement_line',
        columns: [
          idColumn(),
          int('statementId'),
          int('officeId'),
          int('officerId', true),
          text('fingerprint', 64),
          date('date'),
          text('direction', 3),
          { name: 'amount', type: 'bigint' },
          text('remark', 300),
          text('reference', 100, true),
          { name: 'balance', type: 'bigint', isNullable: true },
          text('state', 10),
          orderKeyColumn(qr),
          { name: 'checked', type: 'boolean', default: 0 },
          text('targetKind', 10, true),
          int('targetId', true),
          int('clientId', true),
          text('rule', 14, true),
          text('reasonCode', 12, true),
          text('reasonParams', 500, true),
          text('postedKind', 12, true),
          int('postedId', true),
          int('activityId', true),
          { name: 'archivedAt', type: 'datetime', isNullable: true },
          versionColumn(),
          updatedAtColumn(qr),
        ],
        indices: [
          index('UQ_bank_statement_line_fingerprint', ['fingerprint'], true),
          index('UQ_bank_statement_line_position', ['state', 'position'], true),
          index('IDX_bank_statement_line_statement', ['statementId', 'id']),
          index('IDX_bank_statement_line_officer', ['officerId', 'state']),
        ],
        foreignKeys: [fk('statementId', 'bank_statement')],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('bank_statement_line');
    await qr.dropTable('bank_statement');
  }
}
