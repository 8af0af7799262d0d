/**
 * Tells a database that is away (refused, lost, frozen, overloaded, shutting down) from a statement that
 * failed on its own: the first is worth a retry and answers UNAVAILABLE, the second is a bug.
 */
import { DatabaseTimeoutError } from './mysql-timeouts.js';

const UNAVAILABLE_CODES = new Set([
  // The network and mysql2's view of it.
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  // The server: statement deadline (MariaDB, MySQL), lock wait, too many connections, shutdown, killed.
  'ER_STATEMENT_TIMEOUT',
  'ER_QUERY_TIMEOUT',
  'ER_LOCK_WAIT_TIMEOUT',
  // A deadlock victim: its transaction was rolled back whole, so the same request may be sent again.
  'ER_LOCK_DEADLOCK',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_CONNECTION_KILLED',
  'ER_QUERY_INTERRUPTED',
  // SQLite: another writer held the file past the busy timeout.
  'SQLITE_BUSY',
]);

/** mysql2's words for a pool or connection that can no longer take statements. */
const UNAVAILABLE_MESSAGES = [/^Pool is closed/, /closed state/, /^Connection lost/];

/** Whether `error`, or what it wraps (TypeORM's driverError, GraphQL's originalError, a cause), says the database is away. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    if (current instanceof DatabaseTimeoutError) return true;
    const { code, fatal, message } = current as { code?: unknown; fatal?: unknown; message?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    // mysql2 marks errors that broke the connection itself as fatal.
    if (fatal === true) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    const next = current as { driverError?: unknown; originalError?: unknown; cause?: unknown };
    current = next.driverError ?? next.originalError ?? next.cause;
  }
  return false;
}
