import { Table, TableForeignKey } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

interface SettingRow {
  board: string;
  columnKey: string;
  wipLimit: number | string | null;
  hardLimit: number | string | boolean;
}

const TABLE = 'board_column_setting';

/** The limits the marketing board started with, for a revert that finds none of the top office's. */
const STARTING_LIMITS: Array<[string, number | null, number]> = [
  ['TODO', null, 0],
  ['IN_PROGRESS', 5, 1],
  ['REVIEW', 3, 0],
  ['DONE', null, 0],
];

/**
 * WIP limits belong to an office: tasks are counted within their office, and a branch manager's limit
 * must not change the head office's. Limits set so far apply to every office that exists now; a
 * column without a row keeps the default.
 */
export class WipLimitsPerOffice1763930000000 implements MigrationInterface {
  name = 'WipLimitsPerOffice1763930000000';

  async up(qr: QueryRunner): Promise<void> {
    const q = (name: string) => qr.connection.driver.escape(name);
    const rows: SettingRow[] = await qr.query(`SELECT * FROM ${q(TABLE)}`);
    const offices: Array<{ id: number | string }> = await qr.query(`SELECT ${q('id')} FROM ${q('office')}`);
    await qr.dropTable(TABLE);
    await qr.createTable(
      new Table({
        name: TABLE,
        columns: [
          { name: 'board', type: 'varchar', length: '16', isPrimary: true },
          { name: 'officeId', type: 'integer', isPrimary: true },
          { name: 'columnKey', type: 'varchar', length: '16', isPrimary: true },
          { name: 'wipLimit', type: 'integer', isNullable: true },
          { name: 'hardLimit', type: 'boolean', default: 0 },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['officeId'],
            referencedTableName: 'office',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
    for (const office of offices) {
      for (const row of rows) {
        await qr.query(
          `INSERT INTO ${q(TABLE)} (${q('board')}, ${q('officeId')}, ${q('columnKey')}, ${q('wipLimit')}, ${q('hardLimit')}) VALUES (?, ?, ?, ?, ?)`,
          [row.board, Number(office.id), row.columnKey, row.wipLimit === null ? null : Number(row.wipLimit), Number(row.hardLimit) ? 1 : 0],
        );
      }
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    const q = (name: string) => qr.connection.driver.escape(name);
    // One set of limits for all: the top office's (the lowest id among those without a parent).
    const rows: SettingRow[] = await qr.query(
      `SELECT s.* FROM ${q(TABLE)} s WHERE s.${q('officeId')} = (SELECT MIN(o.${q('id')}) FROM ${q('office')} o WHERE o.${q('parentId')} IS NULL)`,
    );
    await qr.dropTable(TABLE);
    await qr.createTable(
      new Table({
        name: TABLE,
        columns: [
          { name: 'board', type: 'varchar', length: '16', isPrimary: true },
          { name: 'columnKey', type: 'varchar', length: '16', isPrimary: true },
          { name: 'wipLimit', type: 'integer', isNullable: true },
          { name: 'hardLimit', type: 'boolean', default: 0 },
        ],
      }),
    );
    for (const [columnKey, wipLimit, hardLimit] of STARTING_LIMITS) {
      if (!rows.some((r) => r.board === 'tasks' && r.columnKey === columnKey)) rows.push({ board: 'tasks', columnKey, wipLimit, hardLimit });
    }
    for (const row of rows) {
      await qr.query(`INSERT INTO ${q(TABLE)} (${q('board')}, ${q('columnKey')}, ${q('wipLimit')}, ${q('hardLimit')}) VALUES (?, ?, ?, ?)`, [
        row.board,
        row.columnKey,
        row.wipLimit === null ? null : Number(row.wipLimit),
        Number(row.hardLimit) ? 1 : 0,
      ]);
    }
  }
}
