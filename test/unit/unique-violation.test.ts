import { describe, expect, it } from 'vitest';
import { uniqueViolation, violatedKey } from '../../server/src/db/unique-violation.js';

const KEYS = [
  { field: 'nik', index: 'UQ_client_nik', table: 'client', columns: ['nik'] },
  { field: 'phone', index: 'UQ_client_phone', table: 'client', columns: ['phone'] },
] as const;

/** As TypeORM hands a driver's error on: a QueryFailedError carrying it as `driverError`. */
const wrapped = (driverError: Record<string, unknown>) => Object.assign(new Error(String(driverError.message)), { driverError });

describe('duplicate-key errors', () => {
  it('reads the index MariaDB and MySQL 8 name', () => {
    const mariadb = wrapped({ errno: 1062, code: 'ER_DUP_ENTRY', message: "Duplicate entry '3578015208850004' for key 'UQ_client_nik'" });
    const mysql8 = wrapped({ errno: 1062, code: 'ER_DUP_ENTRY', message: "Duplicate entry '+6281277771234' for key 'client.UQ_client_phone'" });
    expect(violatedKey(mariadb, KEYS)?.field).toBe('nik');
    expect(violatedKey(mysql8, KEYS)?.field).toBe('phone');
  });

  it('reads the columns SQLite names', () => {
    const sqlite = wrapped({ code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'UNIQUE constraint failed: client.phone' });
    expect(uniqueViolation(sqlite)).toEqual({ index: null, columns: ['client.phone'] });
    expect(violatedKey(sqlite, KEYS)?.field).toBe('phone');
    expect(violatedKey(wrapped({ code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'UNIQUE constraint failed: office.code' }), KEYS)).toBeNull();
  });

  it('leaves every other error alone', () => {
    expect(uniqueViolation(wrapped({ errno: 1213, code: 'ER_LOCK_DEADLOCK', message: 'Deadlock found' }))).toBeNull();
    expect(uniqueViolation(wrapped({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY', message: 'FOREIGN KEY constraint failed' }))).toBeNull();
    expect(uniqueViolation(new Error('Duplicate entry'))).toBeNull();
    expect(uniqueViolation(null)).toBeNull();
    expect(violatedKey(wrapped({ errno: 1062, message: "Duplicate entry '1' for key 'PRIMARY'" }), KEYS)).toBeNull();
  });
});
