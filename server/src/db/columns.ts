import type { ValueTransformer } from 'typeorm';

/** Minor units in a BIGINT column, held as a bigint (drivers hand back numbers or strings). */
export const moneyTransformer: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | number | bigint | null) => (value === null ? null : BigInt(value)),
};

/** Parses what a driver returns for a DATETIME in a raw query (mysql2: Date, SQLite: UTC text). */
export function toInstant(value: Date | string | null): Date | null {
  if (value === null) return null;
  if (value instanceof Date) return value;
  return new Date(value.includes('T') ? value : `${value.replace(' ', 'T')}Z`);
}

/** A DATE column as YYYY-MM-DD, whatever the driver returned. */
export function toBusinessDate(value: Date | string | null): string | null {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value.slice(0, 10);
}
