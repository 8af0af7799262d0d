/**
 * Bounded reads of any board: the board (count and total per column over every matching card, read
 * from kept totals where the board keeps them, plus each column's first cards) in one statement (two
 * where the source's select does not come in parts) whatever the number of cards, and one column's
 * next page after a keyset cursor (the last card's key and id). Page sizes are capped at MAX_PAGE_SIZE.
 */
import type { EntityManager } from 'typeorm';
import { comparePositions } from '@prospek/shared';
import type { Dialect } from '../db/sql.js';
import { InputError } from '../errors.js';
import { checkPageSize, decodeCursor, encodeCursor } from '../graphql/pagination.js';
import type { BoardDefinition } from './board.js';
import type { Reach } from './board-table.js';

/** Which cards, and how a card row is read: `select` is `SELECT … FROM <table> <alias>` with any joins. */
export interface CardSource {
  select: string;
  /** Over the board's alias: the viewer's reach, the filter, and `archivedAt IS NULL` when wanted. */
  where: Reach;
  /**
   * The same reach and filter over the board's kept totals (dimension fields only), when the filter
   * names nothing else and the board keeps totals: the counts and sums then read kept rows, not cards.
   */
  kept?: Reach | null;
  /**
   * `select` in parts (its select list and its FROM), when the select list names the column field as
   * `<alias>.<columnField>`: the board then reads its totals and cards in one statement, the totals as
   * rows of their own in the cards' shape.
   */
  parts?: { columns: string[]; from: string };
}

/** A card row as the select returns it: at least its id, key and column. */
export type BoardRow = Record<string, unknown> & { id: number | string; position: string };

export interface CardPage<Row> {
  rows: Row[];
  hasMore: boolean;
  endCursor: string | null;
}

export interface ColumnPage<Column extends string, Row> extends CardPage<Row> {
  column: Column;
  count: number;
  /** The sum of the board's total field over every matching card of the column (0 without one). */
  total: bigint;
}

const cursorOf = (row: BoardRow | undefined) => (row ? encodeCursor([row.position, Number(row.id)]) : null);

/** The first `perColumn` cards of every column, each column's count and total over all that match. */
export async function readBoard<Column extends string, Row extends BoardRow>(
  manager: EntityManager,
  dialect: Dialect,
  board: BoardDefinition<Column, never>,
  source: CardSource,
  perColumn: number,
): Promise<Array<ColumnPage<Column, Row>>> {
  checkPageSize('perColumn', perColumn);
  const q = dialect.id;
  const a = board.alias;
  const column = `${a}.${q(board.columnField)}`;
  const total = board.totalField ? `, ${dialect.sumAsText(`${a}.${q(board.totalField)}`)} AS total` : '';
  const totalsSql =
    board.keptTotals && source.kept
      ? `SELECT ${a}.${q('columnKey')} AS ${q('columnKey')}, SUM(${a}.${q('cards')}) AS n, ${dialect.sumAsText(`${a}.${q('total')}`)} AS total FROM ${q(board.keptTotals.table)} ${a} WHERE ${source.kept.sql} GROUP BY ${a}.${q('columnKey')}`
      : `SELECT ${column} AS ${q('columnKey')}, COUNT(*) AS n${total} FROM ${q(board.table)} ${a} WHERE ${source.where.sql} GROUP BY ${column}`;
  const totalsParams = board.keptTotals && source.kept ? source.kept.params : source.where.params;
  const order = ` ORDER BY ${a}.${q('position')}, ${a}.${q('id')} LIMIT ?`;
  const cardParams = board.columns.flatMap((c) => [c, ...source.where.params, perColumn + 1]);
  let totals: Array<{ columnKey: string; n: number | string; total?: string | null }>;
  let rows: Row[];
  const keyAt = source.parts ? source.parts.columns.indexOf(column) : -1;
  if (source.parts && keyAt >= 0) {
    // One statement: each column's first cards, then the totals as rows whose card fields are NULL but
    // the column's key, and whose count (NULL on cards) tells them apart.
    const { columns, from } = source.parts;
    const [n, sum] = [q('boardCount'), q('boardTotal')];
    const selects = board.columns.map(
      () => `SELECT ${columns.join(', ')}, NULL AS ${n}, NULL AS ${sum} FROM ${from} WHERE ${column} = ? AND ${source.where.sql}${order}`,
    );
    const blanks = (key: string) => columns.map((c, i) => (i === keyAt ? key : 'NULL')).join(', ');
    selects.push(
      board.keptTotals && source.kept
        ? `SELECT ${blanks(`${a}.${q('columnKey')}`)}, SUM(${a}.${q('cards')}), ${dialect.sumAsText(`${a}.${q('total')}`)} FROM ${q(board.keptTotals.table)} ${a} WHERE ${source.kept.sql} GROUP BY ${a}.${q('columnKey')}`
        : `SELECT ${blanks(column)}, COUNT(*), ${board.totalField ? dialect.sumAsText(`${a}.${q(board.totalField)}`) : 'NULL'} FROM ${q(board.table)} ${a} WHERE ${source.where.sql} GROUP BY ${column}`,
    );
    const all = (await manager.query(dialect.unionAll(selects), [...cardParams, ...totalsParams])) as Array<Row & { boardCount: unknown; boardTotal: unknown }>;
    totals = [];
    rows = [];
    for (const row of all) {
      // Cards keep the two NULL fields: deleting them would slow every later read of the row.
      if (row.boardCount === null || row.boardCount === undefined) rows.push(row);
      else {
        totals.push({ columnKey: String(row[board.columnField]), n: row.boardCount as number | string, total: row.boardTotal as string | null });
      }
    }
  } else {
    const selects = board.columns.map(() => `${source.select} WHERE ${column} = ? AND ${source.where.sql}${order}`);
    [totals, rows] = await Promise.all([
      manager.query(totalsSql, totalsParams) as Promise<Array<{ columnKey: string; n: number | string; total?: string }>>,
      manager.query(dialect.unionAll(selects), cardParams) as Promise<Row[]>,
    ]);
  }
  const byColumn = new Map<string, Row[]>(board.columns.map((key) => [key, []]));
  for (const row of rows) byColumn.get(row[board.columnField] as string)?.push(row);
  return board.columns.map((key) => {
    const cards = (byColumn.get(key) as Row[]).sort((x, y) => comparePositions(x.position, y.position) || Number(x.id) - Number(y.id));
    const hasMore = cards.length > perColumn;
    if (hasMore) cards.length = perColumn;
    const summary = totals.find((t) => t.columnKey === key);
    return {
      column: key,
      count: Number(summary?.n ?? 0),
      total: BigInt(summary?.total ?? 0),
      rows: cards,
      hasMore,
      endCursor: cursorOf(cards[cards.length - 1]),
    };
  });
}

/** The next `first` cards of one column after the card `after` names (from the top without one). */
export async function readColumn<Column extends string, Row extends BoardRow>(
  manager: EntityManager,
  dialect: Dialect,
  board: BoardDefinition<Column, never>,
  source: CardSource,
  column: Column,
  after: string | null | undefined,
  first: number,
): Promise<CardPage<Row>> {
  checkPageSize('first', first);
  const q = dialect.id;
  const a = board.alias;
  const params: unknown[] = [column, ...source.where.params];
  let keyset = '';
  if (after) {
    const cursor = decodeCursor(after);
    if (!cursor || typeof cursor[0] !== 'string' || typeof cursor[1] !== 'number')
      throw InputError.field('after', 'INVALID', 'after is not a cursor of this column');
    keyset = ` AND (${a}.${q('position')} > ? OR (${a}.${q('position')} = ? AND ${a}.${q('id')} > ?))`;
    params.push(cursor[0], cursor[0], cursor[1]);
  }
  const rows: Row[] = await manager.query(
    `${source.select} WHERE ${a}.${q(board.columnField)} = ? AND ${source.where.sql}${keyset} ORDER BY ${a}.${q('position')}, ${a}.${q('id')} LIMIT ?`,
    [...params, first + 1],
  );
  const hasMore = rows.length > first;
  if (hasMore) rows.length = first;
  return { rows, hasMore, endCursor: cursorOf(rows[rows.length - 1]) };
}
