import { Table, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LEAD_STAGES, TASK_STATUSES, comparePositions, positionsBetween } from '@prospek/shared';

/** The boards whose keys become unique per column; archived cards keep their keys and count too. */
const BOARDS = [
  { board: 'leads', table: 'lead', column: 'stage', index: 'UQ_lead_stage_position', columns: LEAD_STAGES },
  { board: 'tasks', table: 'marketing_task', column: 'status', index: 'UQ_task_status_position', columns: TASK_STATUSES },
];

const LOCKS = 'board_column_lock';

/**
 * Order keys unique within a column, kept so by unique indexes, and one lock row per column that
 * writes placing a card take turns on. Concurrent moves into one gap used to get one key, and a drop
 * next to such a pair landed far from where it was dropped.
 *
 * Keys that are already shared are repaired first, keeping the order the board shows (key, then id):
 * within a group of equal keys the lowest id keeps it, and the others get keys, in id order, between it
 * and the column's next key. No other row changes.
 */
export class UniqueBoardPositions1763950000000 implements MigrationInterface {
  name = 'UniqueBoardPositions1763950000000';

  async up(qr: QueryRunner): Promise<void> {
    const q = (name: string) => qr.connection.driver.escape(name);
    await qr.createTable(
      new Table({
        name: LOCKS,
        columns: [
          { name: 'board', type: 'varchar', length: '16', isPrimary: true },
          { name: 'columnKey', type: 'varchar', length: '16', isPrimary: true },
        ],
      }),
    );
    for (const { board, table, column, index, columns } of BOARDS) {
      for (const key of columns) await qr.query(`INSERT INTO ${q(LOCKS)} (${q('board')}, ${q('columnKey')}) VALUES (?, ?)`, [board, key]);
      await rekeyDuplicates(qr, table, column);
      await qr.createIndex(table, new TableIndex({ name: index, columnNames: [column, 'position'], isUnique: true }));
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const { table, index } of [...BOARDS].reverse()) await qr.dropIndex(table, index);
    await qr.dropTable(LOCKS);
  }
}

async function rekeyDuplicates(qr: QueryRunner, table: string, column: string): Promise<void> {
  const q = (name: string) => qr.connection.driver.escape(name);
  const rows: Array<{ id: number | string; columnKey: string; position: string }> = await qr.query(
    `SELECT t.${q('id')} AS ${q('id')}, t.${q(column)} AS ${q('columnKey')}, t.${q('position')} AS ${q('position')} FROM ${q(table)} t ` +
      `JOIN (SELECT ${q(column)} AS c, ${q('position')} AS p FROM ${q(table)} GROUP BY ${q(column)}, ${q('position')} HAVING COUNT(*) > 1) d ` +
      `ON d.c = t.${q(column)} AND d.p = t.${q('position')}`,
  );
  const groups = new Map<string, { columnKey: string; position: string; ids: number[] }>();
  for (const row of rows) {
    const name = `${row.columnKey}\u0000${row.position}`;
    const group = groups.get(name) ?? { columnKey: row.columnKey, position: row.position, ids: [] };
    group.ids.push(Number(row.id));
    groups.set(name, group);
  }
  for (const group of groups.values()) {
    const ids = group.ids.sort((a, b) => a - b).slice(1);
    const next: Array<{ position: string }> = await qr.query(
      `SELECT ${q('position')} FROM ${q(table)} WHERE ${q(column)} = ? AND ${q('position')} > ? ORDER BY ${q('position')} LIMIT 1`,
      [group.columnKey, group.position],
    );
    const below = next[0]?.position ?? null;
    // The database compares keys byte-wise (binary collation on MySQL), as the keys are made to sort.
    if (below !== null && comparePositions(group.position, below) >= 0) throw new Error(`${table}: keys of ${group.columnKey} do not sort byte-wise`);
    const keys = positionsBetween(group.position, below, ids.length);
    // Naming updatedAt keeps MySQL from stamping it: the card did not change, only its key's spelling.
    for (const [i, id] of ids.entries()) {
      await qr.query(`UPDATE ${q(table)} SET ${q('position')} = ?, ${q('updatedAt')} = ${q('updatedAt')} WHERE ${q('id')} = ?`, [keys[i], id]);
    }
  }
}
