/**
 * Duplicate-key errors of both drivers. A unique index decides who wins a race between two writes of
 * the same value; the loser's error is read here so that a service can answer `CONFLICT` naming the
 * record that holds the value, instead of an internal error.
 */

/** A unique index as a service knows it: the API field it guards and where it lives. */
export interface UniqueKey {
  field: string;
  /** Index name: MySQL and MariaDB name it in the error. */
  index: string;
  table: string;
  /** Columns: SQLite names them (`table.column`) in the error. */
  columns: readonly string[];
}

/** What a duplicate-key error says about the index it hit (either part may be unknown). */
export interface UniqueViolation {
  index: string | null;
  /** `table.column` names, as SQLite reports them. */
  columns: string[] | null;
}

const MYSQL_DUP_ENTRY = 1062;

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

/** Reads a duplicate-key error from MySQL/MariaDB (errno 1062) or SQLite; null for any other error. */
export function uniqueViolation(error: unknown): UniqueViolation | null {
  const outer = record(error);
  if (!outer) return null;
  // TypeORM wraps the driver's error in a QueryFailedError and keeps it as `driverError`.
  const driver = record(outer.driverError) ?? outer;
  const message = typeof driver.message === 'string' ? driver.message : '';
  if (driver.errno === MYSQL_DUP_ENTRY || driver.code === 'ER_DUP_ENTRY') {
    // "Duplicate entry '…' for key 'UQ_x'" (MariaDB) or "… for key 'table.UQ_x'" (MySQL 8).
    const key = /for key '([^']+)'\s*$/.exec(message)?.[1] ?? null;
    return { index: key ? key.slice(key.lastIndexOf('.') + 1) : null, columns: null };
  }
  if (driver.code === 'SQLITE_CONSTRAINT_UNIQUE' || driver.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    // "UNIQUE constraint failed: table.a, table.b", or "…: index 'UQ_x'" for an expression index.
    const detail = /constraint failed: (.+)$/.exec(message)?.[1] ?? '';
    const index = /^index '([^']+)'$/.exec(detail)?.[1] ?? null;
    return index ? { index, columns: null } : { index: null, columns: detail ? detail.split(',').map((c) => c.trim()) : null };
  }
  return null;
}

/** Which of `keys` an error hit; null when it is not a duplicate of one of them. */
export function violatedKey<K extends UniqueKey>(error: unknown, keys: readonly K[]): K | null {
  const violation = uniqueViolation(error);
  if (!violation) return null;
  return (
    keys.find((key) => {
      if (violation.index) return violation.index === key.index;
      const named = violation.columns ?? [];
      return named.length === key.columns.length && key.columns.every((c) => named.includes(`${key.table}.${c}`));
    }) ?? null
  );
}

/**
 * Runs `work` (a whole transaction: the database has rolled it back when its error arrives here); a
 * duplicate of one of `keys` becomes the error `conflict` makes for that key, usually one naming the
 * record that won.
 */
export async function guardUnique<T, K extends UniqueKey>(work: () => Promise<T>, keys: readonly K[], conflict: (key: K) => Promise<Error>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const key = violatedKey(error, keys);
    if (!key) throw error;
    throw await conflict(key);
  }
}
