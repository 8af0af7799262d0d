/** The few spots where MySQL/MariaDB and SQLite SQL differ, for hand-written read queries. */
import type { DataSource, EntityManager } from 'typeorm';

export interface Dialect {
  /** Quotes an identifier (`lead` is a reserved word on MySQL 8). */
  id(name: string): string;
  /** SUM of a BIGINT as exact decimal text (SQLite's integers would overflow a JS number). */
  sumAsText(expression: string): string;
  /** An instant as the driver binds it in a raw query. */
  instant(date: Date): Date | string;
  /**
   * Suffix for a read that must see the latest committed row and hold it until commit. MySQL's
   * plain reads come from the transaction's snapshot; SQLite's transactions already take turns.
   */
  forUpdate: string;
  /**
   * UNION ALL of selects that each carry their own ORDER BY … LIMIT. MySQL takes them parenthesised,
   * without materialising derived tables; SQLite only as subqueries.
   */
  unionAll(selects: string[]): string;
}

/** MySQL or MariaDB (both through mysql2). */
export function isMysql(dataSource: DataSource): boolean {
  return dataSource.options.type === 'mysql' || dataSource.options.type === 'mariadb';
}

export function dialectOf(dataSource: DataSource): Dialect {
  const mysql = isMysql(dataSource);
  return {
    id: (name) => dataSource.driver.escape(name),
    sumAsText: (expression) => (mysql ? `CAST(COALESCE(SUM(${expression}), 0) AS CHAR)` : `CAST(COALESCE(SUM(${expression}), 0) AS TEXT)`),
    instant: (date) => (mysql ? date : date.toISOString().replace('T', ' ').replace('Z', '')),
    forUpdate: mysql ? ' FOR UPDATE' : '',
    unionAll: (selects) => (mysql ? selects.map((s) => `(${s})`).join(' UNION ALL ') : selects.map((s, i) => `SELECT * FROM (${s}) s${i}`).join(' UNION ALL ')),
  };
}

/** Escapes LIKE wildcards; use with `ESCAPE '!'`. */
export function likeContains(term: string): string {
  return `%${term.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/**
 * Inserts plain rows (every row naming the same columns) in multi-row statements of `slice` rows: no
 * entity processing and no read back of defaults, for bulk writes whose ids nobody needs. Money
 * (bigint) is bound as text and instants as the driver takes them; columns left out take their default.
 */
export async function insertRows(
  manager: EntityManager,
  dialect: Dialect,
  table: string,
  rows: ReadonlyArray<Record<string, string | number | bigint | Date | null>>,
  slice = 500,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const q = dialect.id;
  const row = `(${columns.map(() => '?').join(', ')})`;
  const bind = (value: string | number | bigint | Date | null) =>
    typeof value === 'bigint' ? String(value) : value instanceof Date ? dialect.instant(value) : value;
  for (let i = 0; i < rows.length; i += slice) {
    const part = rows.slice(i, i + slice);
    await manager.query(
      `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ${part.map(() => row).join(', ')}`,
      part.flatMap((r) => columns.map((c) => bind(r[c]))),
    );
  }
}
