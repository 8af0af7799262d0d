/**
 * Deadlines on MySQL/MariaDB, so that a database which stops answering (frozen, cut off, overloaded)
 * fails a request in seconds instead of holding it and every request behind it.
 *
 * TypeORM takes the mysql2 module as an option and passes neither an acquire deadline (mysql2's pool
 * has none) nor a per-statement one that survives a frozen server (mysql2's own `timeout` fails the
 * statement but leaves it at the head of its connection, so the next statement on that connection
 * waits forever). So the module handed to TypeORM wraps its pool:
 * - taking a connection has a deadline, opening one included (the handshake has `connectTimeout`);
 * - every statement has one on the server (`max_statement_time` on MariaDB, `max_execution_time` for
 *   MySQL's SELECTs), which ends a slow statement and keeps the connection;
 * - and the same deadline plus a second on the client, which destroys the connection: every statement
 *   waiting on it fails at once, and the pool opens a fresh one for the next request.
 */
import type { EventEmitter } from 'node:events';
import mysql2 from 'mysql2';
import type { Pool, PoolCluster, PoolClusterOptions, PoolConnection, PoolOptions } from 'mysql2';

/** The client waits this much longer than the server, so that a slow statement ends on the server first. */
const CLIENT_GRACE_MS = 1000;

/** A deadline passed while waiting for the database (a pool connection, or a statement's answer). */
export class DatabaseTimeoutError extends Error {
  readonly code = 'DATABASE_TIMEOUT';
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseTimeoutError';
  }
}

/**
 * The statement deadline, off until the server is prepared: migrations and the bootstrap lock wait
 * (`GET_LOCK`) may rightly take longer than a request's statement.
 */
export class StatementDeadline {
  private active = false;

  constructor(readonly ms: number) {}

  start(): void {
    this.active = true;
  }

  get current(): number {
    return this.active ? this.ms : 0;
  }
}

export interface MysqlTimeouts {
  acquireTimeoutMs: number;
  statement: StatementDeadline;
  /** Which variable bounds a statement on the server. */
  server: 'mariadb' | 'mysql';
}

/** What the wrapper touches on a mysql2 connection beyond its typings: its query and its socket. */
interface RawConnection {
  query(...args: unknown[]): EventEmitter;
  stream: { destroy(error?: Error): void };
}

type ConnectionCallback = (error: NodeJS.ErrnoException | null, connection: PoolConnection) => void;

function sessionDeadlineSql(server: MysqlTimeouts['server'], ms: number): string {
  return server === 'mariadb' ? `SET SESSION max_statement_time = ${(ms / 1000).toFixed(3)}` : `SET SESSION max_execution_time = ${ms}`;
}

/**
 * The mysql2 module, its pools wrapped with the deadlines (TypeORM's `driver` option). With read
 * replicas TypeORM makes a pool cluster instead; each of its nodes gets the same deadlines.
 */
export function mysqlWithTimeouts(timeouts: MysqlTimeouts): typeof mysql2 {
  return {
    ...mysql2,
    createPool: (options: PoolOptions) => poolWithTimeouts(mysql2.createPool(options), timeouts),
    createPoolCluster: (options?: PoolClusterOptions) => clusterWithTimeouts(mysql2.createPoolCluster(options), timeouts),
  } as typeof mysql2;
}

function poolWithTimeouts(pool: Pool, timeouts: MysqlTimeouts): Pool {
  const acquire = deadlineAcquirer(timeouts);
  const getConnection = pool.getConnection.bind(pool) as Acquire;
  (pool as unknown as { getConnection: Acquire }).getConnection = (callback) => acquire(getConnection, callback);
  return pool;
}

/** TypeORM asks a cluster for a connection by node pattern (`MASTER`, `SLAVE*`). */
function clusterWithTimeouts(cluster: PoolCluster, timeouts: MysqlTimeouts): PoolCluster {
  const acquire = deadlineAcquirer(timeouts);
  const getConnection = cluster.getConnection.bind(cluster) as (pattern: string, callback: ConnectionCallback) => void;
  const guarded = (pattern: string | ConnectionCallback, callback?: ConnectionCallback) => {
    if (typeof pattern === 'function') return acquire((cb) => getConnection('*', cb), pattern);
    acquire((cb) => getConnection(pattern, cb), callback as ConnectionCallback);
  };
  (cluster as unknown as { getConnection: typeof guarded }).getConnection = guarded;
  return cluster;
}

type Acquire = (callback: ConnectionCallback) => void;

/** Takes a connection through `getConnection` within the acquire deadline, its statements bounded. */
function deadlineAcquirer(timeouts: MysqlTimeouts): (getConnection: Acquire, callback: ConnectionCallback) => void {
  const guarded = new WeakSet<PoolConnection>();
  /** The server-side deadline each connection's session has, once it was set. */
  const sessionDeadline = new WeakMap<PoolConnection, number>();

  /** Bounds every statement on `connection` from the moment it is asked for. */
  function guard(connection: PoolConnection): void {
    if (guarded.has(connection)) return;
    guarded.add(connection);
    const raw = connection as unknown as RawConnection;
    const query = raw.query;
    raw.query = function guardedQuery(this: RawConnection, ...args: unknown[]) {
      const command = query.apply(this, args);
      const ms = timeouts.statement.current;
      if (ms > 0) {
        const limit = ms + CLIENT_GRACE_MS;
        const timer = setTimeout(() => raw.stream.destroy(new DatabaseTimeoutError(`The database did not answer within ${limit} ms`)), limit);
        timer.unref();
        command.once('end', () => clearTimeout(timer));
      }
      return command;
    };
    // A connection dropped while idle reports it here; without a listener the error would end the process.
    connection.on('error', () => undefined);
  }

  /** Brings the session's server-side deadline to the current one (one statement, once per change). */
  function prepare(connection: PoolConnection, done: (error: Error | null) => void): void {
    const wanted = timeouts.statement.current;
    if ((sessionDeadline.get(connection) ?? 0) === wanted) return done(null);
    connection.query(sessionDeadlineSql(timeouts.server, wanted), (error) => {
      if (error) {
        connection.destroy();
        return done(error);
      }
      sessionDeadline.set(connection, wanted);
      done(null);
    });
  }

  return (getConnection, callback) => {
    let settled = false;
    const timer =
      timeouts.acquireTimeoutMs > 0
        ? setTimeout(() => {
            settled = true;
            callback(new DatabaseTimeoutError(`No database connection within ${timeouts.acquireTimeoutMs} ms`), undefined as unknown as PoolConnection);
          }, timeouts.acquireTimeoutMs)
        : null;
    getConnection((error, connection) => {
      if (settled) {
        // The caller gave up waiting; the connection goes back for the next one.
        if (!error) connection.release();
        return;
      }
      if (error) {
        settled = true;
        if (timer) clearTimeout(timer);
        return callback(error, connection);
      }
      guard(connection);
      prepare(connection, (prepareError) => {
        if (settled) {
          if (!prepareError) connection.release();
          return;
        }
        settled = true;
        if (timer) clearTimeout(timer);
        callback(prepareError, connection);
      });
    });
  };
}
