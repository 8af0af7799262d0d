/** SQL pieces the reports share, worded for MySQL/MariaDB and SQLite alike. */
import type { DataSource } from 'typeorm';
import { LEAD_STAGES } from '@prospek/shared';
import type { LeadStage } from '@prospek/shared';
import { isMysql } from '../../db/data-source.js';
import { dialectOf } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';

/** The pipeline in order (LOST is off it: a lead can be lost from any open stage). */
export const PIPELINE: readonly LeadStage[] = LEAD_STAGES.filter((s) => s !== 'LOST');

export interface ReportSql extends Dialect {
  /** The business date of an instant column at a fixed offset east of UTC, as `YYYY-MM-DD` text. */
  localDate(column: string, offsetHours: number): string;
}

export function reportSql(dataSource: DataSource): ReportSql {
  const dialect = dialectOf(dataSource);
  const mysql = isMysql(dataSource);
  return {
    ...dialect,
    localDate: (column, hours) =>
      mysql ? `DATE_FORMAT(DATE_ADD(${column}, INTERVAL ${Math.trunc(hours)} HOUR), '%Y-%m-%d')` : `date(${column}, '+${Math.trunc(hours)} hours')`,
  };
}

/** An instant as either driver returns it (MySQL a Date, SQLite UTC text). */
export function toInstant(value: Date | string): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}${/Z|[+-]\d\d:?\d\d$/.test(value) ? '' : 'Z'}`);
}

/** part / whole as a decimal rounded to six places; 0 when there is no whole. */
export function ratio(part: bigint | number, whole: bigint | number): number {
  const w = BigInt(whole);
  if (w === 0n) return 0;
  return Number((BigInt(part) * 1_000_000n) / w) / 1_000_000;
}

/** An amount in sen times a probability (0..1), rounded half-up to the sen. */
export function weigh(amount: bigint, probability: number): bigint {
  const micro = BigInt(Math.round(probability * 1_000_000));
  return (amount * micro + 500_000n) / 1_000_000n;
}

/** The median of a sorted sample (the mean of the middle two when even); null when empty. */
export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
