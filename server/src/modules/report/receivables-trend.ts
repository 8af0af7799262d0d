/**
 * Receivables at the end of each bucket of a period: issued, not cancelled, less the payments allocated
 * up to that day, split into the aging report's buckets (shared `agingBucketOf`), and what was issued and
 * collected in the bucket. Invoice dates and each allocation's day (its payment's date, or the day of
 * the reversal undoing it) are business dates already.
 */
import type { DataSource } from 'typeorm';
import { AGING_BUCKETS, agingBucketOf } from '@prospek/shared';
import { toBusinessDate } from '../../db/columns.js';
import { bucketOf, periodBuckets } from './report-period.js';
import type { Grouping, Period } from './report-period.js';
import { reportQuery } from './report-reader.js';
import { placeholders } from './report-scope.js';
import type { ReportScope } from './report-scope.js';
import { reportSql } from './report-sql.js';
import type { ReceivablesPoint, ReceivablesTrend } from './trend.types.js';

type Sum = { d: string | Date; due?: string | Date; amount: string | number | null };

export async function receivablesTrend(dataSource: DataSource, scope: ReportScope, period: Period, grouping: Grouping): Promise<ReceivablesTrend> {
  const s = reportSql(dataSource);
  const q = s.id;
  const buckets = periodBuckets(period, grouping);
  const ends = buckets.map((b) => b.last);
  const points: ReceivablesPoint[] = buckets.map((b) => ({
    period: b.period,
    periodEnd: b.last,
    outstanding: 0n,
    overdue: 0n,
    current: 0n,
    d1to30: 0n,
    d31to60: 0n,
    d61to90: 0n,
    over90: 0n,
    issued: 0n,
    collected: 0n,
  }));
  const byEnd = new Map(points.map((p) => [p.periodEnd, p]));
  const byBucket = new Map(points.map((p) => [p.period, p]));
  const officer = scope.officerId === null ? { sql: '', params: [] as unknown[] } : { sql: ` AND c.${q('officerId')} = ?`, params: [scope.officerId] };
  const withClient = `LEFT JOIN ${q('client')} c ON c.${q('id')} = i.${q('clientId')}`;
  const live = `i.${q('kind')} = 'RECEIVABLE' AND i.${q('status')} IN ('ISSUED', 'PARTIALLY_PAID', 'PAID')`;
  const endsTable = `(${ends.map(() => `SELECT ? AS d`).join(' UNION ALL ')}) e`;
  // Every office at once: the days are business dates already, whatever an office's zone.
  if (scope.officeIds.length > 0) {
    const ids = scope.officeIds;
    const where = `${live} AND i.${q('officeId')} IN ${placeholders(ids)}${officer.sql}`;
    const whereParams = [...ids, ...officer.params];
    // Each entry's business day: its payment's date, or the day of the reversal or cancellation it undoes.
    const paidOn = `a.${q('date')}`;
    const allocations = `${q('payment_allocation')} a`;
    const open = await reportQuery<Sum>(
      dataSource,
      `SELECT e.d AS d, i.${q('dueDate')} AS due, ${s.sumAsText(
        `i.${q('total')} - COALESCE((SELECT SUM(a.${q('amount')}) FROM ${allocations} WHERE a.${q('invoiceId')} = i.${q('id')} AND ${paidOn} <= e.d), 0)`,
      )} AS amount
       FROM ${endsTable} JOIN ${q('invoice')} i ON i.${q('issueDate')} <= e.d ${withClient}
       WHERE ${where} GROUP BY e.d, i.${q('dueDate')}`,
      [...ends, ...whereParams],
    );
    for (const row of open) {
      const point = byEnd.get(toBusinessDate(row.d) as string);
      const amount = BigInt(row.amount ?? 0);
      if (!point || amount === 0n) continue;
      point[agingBucketOf(toBusinessDate(row.due ?? null) as string, point.periodEnd)] += amount;
    }
    const issued = await reportQuery<Sum>(
      dataSource,
      `SELECT i.${q('issueDate')} AS d, ${s.sumAsText(`i.${q('total')}`)} AS amount FROM ${q('invoice')} i ${withClient}
       WHERE ${where} AND i.${q('issueDate')} >= ? AND i.${q('issueDate')} <= ? GROUP BY i.${q('issueDate')}`,
      [...whereParams, period.from, period.to],
    );
    const collected = await reportQuery<Sum>(
      dataSource,
      `SELECT ${paidOn} AS d, ${s.sumAsText(`a.${q('amount')}`)} AS amount FROM ${allocations}
       JOIN ${q('invoice')} i ON i.${q('id')} = a.${q('invoiceId')} ${withClient}
       WHERE ${where} AND ${paidOn} >= ? AND ${paidOn} <= ? GROUP BY ${paidOn}`,
      [...whereParams, period.from, period.to],
    );
    for (const [rows, key] of [
      [issued, 'issued'],
      [collected, 'collected'],
    ] as const) {
      for (const row of rows) {
        const point = byBucket.get(bucketOf(toBusinessDate(row.d) as string, grouping));
        if (point) point[key] += BigInt(row.amount ?? 0);
      }
    }
  }
  for (const point of points) {
    point.outstanding = AGING_BUCKETS.reduce((sum, key) => sum + point[key], 0n);
    point.overdue = point.outstanding - point.current;
  }
  return { points };
}
