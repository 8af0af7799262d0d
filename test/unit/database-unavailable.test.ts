import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { DatabaseTimeoutError } from '../../server/src/db/mysql-timeouts.js';
import { isDatabaseUnavailable } from '../../server/src/db/unavailable.js';

const driverError = (code: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(code), { code, ...extra });

describe('telling a database outage from a failed statement', () => {
  it('counts refused, lost, timed-out and overloaded databases as unavailable, however they are wrapped', () => {
    for (const code of [
      'ECONNREFUSED',
      'PROTOCOL_CONNECTION_LOST',
      'ETIMEDOUT',
      'ER_STATEMENT_TIMEOUT',
      'ER_QUERY_TIMEOUT',
      'ER_LOCK_WAIT_TIMEOUT',
      'ER_LOCK_DEADLOCK',
      'ER_CON_COUNT_ERROR',
      'SQLITE_BUSY',
    ]) {
      const raw = driverError(code);
      const query = new QueryFailedError('SELECT 1', [], raw);
      expect(isDatabaseUnavailable(raw), code).toBe(true);
      expect(isDatabaseUnavailable(query), code).toBe(true);
      expect(isDatabaseUnavailable(new GraphQLError('Context creation failed', { originalError: query })), code).toBe(true);
    }
    expect(isDatabaseUnavailable(new DatabaseTimeoutError('No database connection within 5000 ms'))).toBe(true);
    expect(isDatabaseUnavailable(driverError('ER_ACCESS_DENIED_ERROR', { fatal: true }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Pool is closed.'))).toBe(true);
  });

  it('leaves statements that failed on their own (bugs, duplicates) alone', () => {
    for (const code of ['ER_PARSE_ERROR', 'ER_DUP_ENTRY', 'ER_NO_SUCH_TABLE', 'ER_DATA_TOO_LONG', 'SQLITE_CONSTRAINT']) {
      expect(isDatabaseUnavailable(new QueryFailedError('INSERT …', [], driverError(code))), code).toBe(false);
    }
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });
});
