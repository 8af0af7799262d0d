/** SQL pieces of the money view, worded for MySQL/MariaDB and SQLite alike. */
import type { DataSource } from 'typeorm';
import { addDays, addMonths } from '@prospek/shared';
import { isMysql } from '../../db/data-source.js';
import type { Period } from '../report/report-period.js';

/** `YYYY-MM` of a DATE column. */
export function monthOf(dataSource: DataSource, column: string): string {
  return isMysql(dataSource) ? `DATE_FORMAT(${column}, '%Y-%m')` : `substr(${column}, 1, 7)`;
}

/** The months (`YYYY-MM`) a period touches, in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  for (let first = `${period.from.slice(0, 7)}-01`; first <= period.to; first = addMonths(first, 1)) months.push(first.slice(0, 7));
  return months;
}

/** The last day of a month `YYYY-MM`. */
export const monthEnd = (month: string): string => addDays(addMonths(`${month}-01`, 1), -1);
