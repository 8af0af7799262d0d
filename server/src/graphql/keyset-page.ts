/**
 * Keyset paging of a TypeORM query: one page in a stable order, after the cursor of the last row
 * read, with the total under the same conditions.
 *
 * The order is a list of keys ending with the row's unique id, so no two rows tie and a row is
 * never skipped nor repeated between pages, whatever is added meanwhile. The cursor carries the
 * last row's key values as the database returned them, and the next page compares against them in
 * SQL with the same expressions it orders by. Ordering and comparing therefore use the same
 * collation: on MySQL a case- or accent-insensitive one makes `Budi` and `budi` equal in both, and
 * the id decides between them.
 */
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InputError } from '../errors.js';
import { checkPageSize, decodeCursor, encodeCursor } from './pagination.js';

export interface PageKey {
  /** A column as the query builder names it, e.g. `u.name`. */
  expression: string;
  descending?: boolean;
  /** A date-time column: MySQL returns it as a Date, which the cursor carries as ISO text. */
  instant?: boolean;
}

export interface Page<Item> {
  nodes: Item[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface PageArgs {
  first: number | null | undefined;
  after: string | null | undefined;
}

export const DEFAULT_PAGE_SIZE = 50;

/** The page size asked for, or BAD_USER_INPUT over 100. */
export function pageSize(first: number | null | undefined, fallback = DEFAULT_PAGE_SIZE): number {
  return checkPageSize('first', first ?? fallback);
}

/** The key values an `after` cursor carries, or BAD_USER_INPUT when it is not a cursor of this order. */
export function cursorValues(after: string, keys: number): Array<string | number> {
  const values = decodeCursor(after);
  if (!values || values.length !== keys || typeof values[keys - 1] !== 'number') {
    throw InputError.field('after', 'INVALID', 'after is not a cursor of this list');
  }
  return values;
}

/**
 * `(k1, k2, …) > (v1, v2, …)` in each key's direction, spelled out for both databases; `param(i)` is
 * the placeholder of the i-th value.
 */
function afterCondition(keys: PageKey[], param: (index: number) => string): string {
  const alternatives = keys.map((key, i) => {
    const equal = keys.slice(0, i).map((k, j) => `${k.expression} = ${param(j)}`);
    return [...equal, `${key.expression} ${key.descending ? '<' : '>'} ${param(i)}`].join(' AND ');
  });
  return `(${alternatives.map((a) => `(${a})`).join(' OR ')})`;
}

const isMysql = (dataSource: DataSource) => dataSource.options.type === 'mysql' || dataSource.options.type === 'mariadb';

/** A cursor's values as the database compares them: instants back to a Date on MySQL. */
function boundValues(dataSource: DataSource, keys: PageKey[], after: string): unknown[] {
  const mysql = isMysql(dataSource);
  return cursorValues(after, keys.length).map((value, i) => (keys[i].instant && mysql ? new Date(String(value)) : value));
}

/** The cursor of a row whose key values were selected under `names`. */
function cursorOf(row: Record<string, unknown> | null, names: string[]): string | null {
  if (!row) return null;
  return encodeCursor(
    names.map((name, i) => {
      const value = row[name];
      if (value instanceof Date) return value.toISOString();
      return i === names.length - 1 ? Number(value) : (value as string | number);
    }),
  );
}

/**
 * Reads one page of `query` (conditions only, no order or limit) in the order of `keys`; the last key
 * must be the unique id. Counts the whole list in a second statement.
 */
export async function keysetPage<Entity extends ObjectLiteral>(
  query: SelectQueryBuilder<Entity>,
  keys: PageKey[],
  { first, after }: PageArgs,
  fallbackSize = DEFAULT_PAGE_SIZE,
): Promise<Page<Entity>> {
  const limit = pageSize(first, fallbackSize);
  // The entity's columns are selected as `alias_column`; the cursor reads its keys from there.
  const names = keys.map((key) => key.expression.replace('.', '_'));
  const page = query.clone();
  for (const key of keys) page.addOrderBy(key.expression, key.descending ? 'DESC' : 'ASC');
  if (after) {
    const values = boundValues(query.connection, keys, after);
    page.andWhere(
      afterCondition(keys, (i) => `:pageKey${i}`),
      Object.fromEntries(values.map((value, i) => [`pageKey${i}`, value])),
    );
  }
  const [totalCount, { entities, raw }] = await Promise.all([query.clone().getCount(), page.limit(limit + 1).getRawAndEntities()]);
  const nodes = entities.slice(0, limit);
  const last = nodes.length ? (raw as Array<Record<string, unknown>>)[nodes.length - 1] : null;
  return { nodes, totalCount, pageInfo: { hasNextPage: entities.length > limit, endCursor: cursorOf(last, names) } };
}

/** A hand-written list query: what to select, from which tables, under which condition. */
export interface SqlList {
  select: string;
  from: string;
  where: string;
  params: unknown[];
}

/**
 * keysetPage for a hand-written query with `?` placeholders; keys are SQL expressions already quoted.
 * Answers the rows as the driver returns them.
 */
export async function sqlKeysetPage<Row>(
  dataSource: DataSource,
  list: SqlList,
  keys: PageKey[],
  { first, after }: PageArgs,
  fallbackSize = DEFAULT_PAGE_SIZE,
): Promise<Page<Row>> {
  const limit = pageSize(first, fallbackSize);
  const q = (name: string) => dataSource.driver.escape(name);
  const names = keys.map((_, i) => `pageKey${i}`);
  const selectKeys = keys.map((key, i) => `${key.expression} AS ${q(names[i])}`).join(', ');
  const order = keys.map((key) => `${key.expression} ${key.descending ? 'DESC' : 'ASC'}`).join(', ');
  const keyset = after ? ` AND ${afterCondition(keys, () => '?')}` : '';
  const keysetParams = after ? keysetParameters(boundValues(dataSource, keys, after)) : [];
  const [countRows, rows] = await Promise.all([
    dataSource.query(`SELECT COUNT(*) AS n FROM ${list.from} WHERE ${list.where}`, list.params) as Promise<Array<{ n: number | string }>>,
    dataSource.query(`SELECT ${list.select}, ${selectKeys} FROM ${list.from} WHERE ${list.where}${keyset} ORDER BY ${order} LIMIT ?`, [
      ...list.params,
      ...keysetParams,
      limit + 1,
    ]) as Promise<Array<Record<string, unknown>>>,
  ]);
  const nodes = rows.slice(0, limit);
  return {
    nodes: nodes as Row[],
    totalCount: Number(countRows[0]?.n ?? 0),
    pageInfo: { hasNextPage: rows.length > limit, endCursor: cursorOf(nodes[nodes.length - 1] ?? null, names) },
  };
}

/** The values in the order afterCondition's placeholders name them: v0; v0, v1; v0, v1, v2; … */
function keysetParameters(values: unknown[]): unknown[] {
  return values.flatMap((_, i) => values.slice(0, i + 1));
}

type SortKey = Array<string | number>;

/** -1, 0 or 1 as `a` sorts before, with or after `b`, part by part. */
function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

/**
 * One page of a list merged in memory (a feed of several tables), sorted by `keyOf` descending, whose
 * keys are unique. The page starts after the cursor's key even when that row has gone since.
 */
export function pageOfSorted<Item>(items: Item[], keyOf: (item: Item) => SortKey, { first, after }: PageArgs): Page<Item> {
  const limit = pageSize(first);
  const sorted = [...items].sort((a, b) => compareKeys(keyOf(b), keyOf(a)));
  let start = 0;
  if (after) {
    const cursor = decodeCursor(after);
    if (!cursor || cursor.length === 0) throw InputError.field('after', 'INVALID', 'after is not a cursor of this list');
    start = sorted.findIndex((item) => compareKeys(keyOf(item), cursor) < 0);
    if (start < 0) start = sorted.length;
  }
  const nodes = sorted.slice(start, start + limit);
  return {
    nodes,
    totalCount: sorted.length,
    pageInfo: { hasNextPage: start + limit < sorted.length, endCursor: nodes.length ? encodeCursor(keyOf(nodes[nodes.length - 1])) : null },
  };
}
