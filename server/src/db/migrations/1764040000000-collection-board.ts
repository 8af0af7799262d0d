import { Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner, TableColumnOptions } from 'typeorm';
import { COLLECTION_COLUMNS } from '@prospek/shared';
import { createdAtColumn, idColumn, orderKeyColumn, updatedAtColumn, versionColumn } from './columns.js';

const fk = (column: string, table: string, onDelete = 'RESTRICT') =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete, onUpdate: 'NO ACTION' });
const int = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable });
const date = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'date', isNullable });
const text = (name: string, length: number): TableColumnOptions => ({ name, type: 'varchar', length: String(length) });

const onMysql = (qr: QueryRunner) => qr.connection.options.type === 'mysql' || qr.connection.options.type === 'mariadb';

/** Resizes the board lock's column key (RESTRUCTURE_REQUESTED is longer than the 16 characters it had). */
async function resizeColumnKey(qr: QueryRunner, length: number): Promise<void> {
  if (onMysql(qr)) {
    // MODIFY keeps the rows and the primary key; TypeORM would drop and re-add the column.
    await qr.query(`ALTER TABLE \`board_column_lock\` MODIFY \`columnKey\` varchar(${length}) NOT NULL`);
    return;
  }
  await qr.changeColumn('board_column_lock', 'columnKey', new TableColumn({ name: 'columnKey', type: 'varchar', length: String(length), isPrimary: true }));
}

/**
 * Collection work: promises to pay made in collection follow-ups (judged by the posting engine), and
 * the collection board's cases, one per loan in arrears, ordered by unique keys per column.
 */
export class CollectionBoard1764040000000 implements MigrationInterface {
  name = 'CollectionBoard1764040000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'payment_promise',
        columns: [
          idColumn(),
          int('loanId'),
          int('activityId', true),
          date('madeOn'),
          date('promisedDate'),
          { name: 'amount', type: 'bigint' },
          text('status', 10),
          date('resolvedOn', true),
          int('createdById'),
          versionColumn(),
          createdAtColumn(qr),
        ],
        indices: [new TableIndex({ name: 'IDX_payment_promise_loan', columnNames: ['loanId'] })],
        foreignKeys: [fk('loanId', 'loan'), fk('activityId', 'activity', 'SET NULL'), fk('createdById', 'user')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'collection_case',
        columns: [
          idColumn(),
          int('loanId'),
          text('status', 24),
          orderKeyColumn(qr),
          int('officerId', true),
          int('officeId'),
          int('daysPastDue'),
          { name: 'arrears', type: 'bigint' },
          int('collectibility'),
          date('openedOn'),
          date('resolvedOn', true),
          { name: 'archivedAt', type: 'datetime', isNullable: true },
          versionColumn(),
          createdAtColumn(qr),
          updatedAtColumn(qr),
        ],
        indices: [
          new TableIndex({ name: 'UQ_collection_case_loan', columnNames: ['loanId'], isUnique: true }),
          new TableIndex({ name: 'UQ_collection_case_position', columnNames: ['status', 'position'], isUnique: true }),
          new TableIndex({ name: 'IDX_collection_case_officer', columnNames: ['officerId'] }),
          new TableIndex({ name: 'IDX_collection_case_office', columnNames: ['officeId'] }),
        ],
        foreignKeys: [fk('loanId', 'loan')],
      }),
    );
    await resizeColumnKey(qr, 24);
    for (const key of COLLECTION_COLUMNS) await qr.query('INSERT INTO board_column_lock (board, columnKey) VALUES (?, ?)', ['collection', key]);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DELETE FROM board_column_lock WHERE board = ?', ['collection']);
    await resizeColumnKey(qr, 16);
    await qr.dropTable('collection_case');
    await qr.dropTable('payment_promise');
  }
}
