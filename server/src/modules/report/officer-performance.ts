/**
 * One month per officer: the sales work (new leads, follow-ups and visits done, offers made, leads won),
 * the loan book (new debtors, disbursement, outstanding, collection rate, PAR30) and the targets set for
 * it. Instants count in the officer's office zone; loan dates are business dates already. A closed month
 * reads the loan book's month-end snapshot, the current month the book as it is.
 */
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { moneyToDecimal } from '@prospek/shared';
import { User } from '../user/user.entity.js';
import { MONEY_METRICS, OfficerTarget, TARGET_METRICS } from './officer-target.entity.js';
import type { TargetMetric } from './officer-target.entity.js';
import type { Period } from './report-period.js';
import { reportQuery, reportReader } from './report-reader.js';
import { periodCondition, placeholders } from './report-scope.js';
import type { ReportScope } from './report-scope.js';
import { ratio, reportSql } from './report-sql.js';
import type { OfficerPerformance, OfficerPerformanceRow } from './report.types.js';

type Figures = Map<number, Record<string, string | number | null>>;

export async function officerPerformance(dataSource: DataSource, scope: ReportScope, month: Period, closed: boolean): Promise<OfficerPerformance> {
  const officers = await reportReader(dataSource).find(User, {
    where: scope.officerId === null ? { officeId: In(scope.officeIds), role: 'OFFICER' } : { id: scope.officerId },
    select: { id: true, name: true },
    order: { name: 'ASC', id: 'ASC' },
  });
  if (officers.length === 0) return { month: month.from.slice(0, 7), rows: [] };
  const ids = officers.map((o) => o.id);
  const s = reportSql(dataSource);
  const q = s.id;
  const byOfficer = async (
    officerColumn: string,
    select: string,
    from: string,
    instant: string | null,
    extra = '',
    extraParams: unknown[] = [],
  ): Promise<Figures> => {
    const period = instant ? periodCondition(scope, month, `u.${q('officeId')}`, instant, s.instant) : { sql: '1 = 1', params: [] };
    const rows = await reportQuery<Record<string, string | number | null> & { officerId: number | string }>(
      dataSource,
      `SELECT ${officerColumn} AS officerId, ${select} FROM ${from} JOIN ${q('user')} u ON u.${q('id')} = ${officerColumn}
       WHERE ${officerColumn} IN ${placeholders(ids)} AND ${period.sql}${extra} GROUP BY ${officerColumn}`,
      [...ids, ...period.params, ...extraParams],
    );
    return new Map(rows.map((r) => [Number(r.officerId), r]));
  };
  const firstLoan = `NOT EXISTS (SELECT 1 FROM ${q('loan')} e WHERE e.${q('clientId')} = ln.${q('clientId')} AND (e.${q('disbursementDate')} < ln.${q('disbursementDate')} OR (e.${q('disbursementDate')} = ln.${q('disbursementDate')} AND e.${q('id')} < ln.${q('id')})))`;
  // One query per figure for all the officers together, the figures side by side.
  const [leads, activities, offers, won, disbursed, book, targets] = await Promise.all([
    byOfficer(`l.${q('ownerId')}`, 'COUNT(*) AS n', `${q('lead')} l`, `l.${q('createdAt')}`),
    byOfficer(
      `a.${q('ownerId')}`,
      `COUNT(*) AS n, SUM(CASE WHEN a.${q('type')} = 'VISIT' THEN 1 ELSE 0 END) AS visits`,
      `${q('activity')} a`,
      `a.${q('doneAt')}`,
    ),
    byOfficer(`o.${q('createdById')}`, 'COUNT(*) AS n', `${q('offer')} o`, `o.${q('createdAt')}`),
    byOfficer(
      `l.${q('ownerId')}`,
      `COUNT(*) AS n, ${s.sumAsText(`l.${q('estimatedAmount')}`)} AS amount`,
      `${q('lead')} l`,
      `l.${q('stageEnteredAt')}`,
      ` AND l.${q('stage')} = 'WON'`,
    ),
    byOfficer(
      `ln.${q('officerId')}`,
      `${s.sumAsText(`ln.${q('principal')}`)} AS amount, COUNT(DISTINCT CASE WHEN ${firstLoan} THEN ln.${q('clientId')} END) AS noa`,
      `${q('loan')} ln`,
      null,
      ` AND ln.${q('disbursementDate')} >= ? AND ln.${q('disbursementDate')} <= ?`,
      [month.from, month.to],
    ),
    loanBook(dataSource, ids, month, closed),
    reportReader(dataSource).find(OfficerTarget, { where: { officerId: In(ids), month: month.from.slice(0, 7) } }),
  ]);
  const num = (figures: Figures, id: number, key = 'n') => Number(figures.get(id)?.[key] ?? 0);
  const money = (figures: Figures, id: number, key = 'amount') => BigInt(figures.get(id)?.[key] ?? 0);
  const rows = officers.map((officer): OfficerPerformanceRow => {
    const id = officer.id;
    const position = book.get(id) ?? { outstanding: 0n, par30: 0n, due: 0n, paid: 0n };
    const row = {
      officer: { id: String(id), name: officer.name },
      newLeads: num(leads, id),
      followUpsDone: num(activities, id),
      visits: num(activities, id, 'visits'),
      offers: num(offers, id),
      wonCount: num(won, id),
      wonAmount: money(won, id),
      noa: num(disbursed, id, 'noa'),
      disbursement: money(disbursed, id),
      outstanding: position.outstanding,
      collectionRate: ratio(position.paid, position.due),
      par30: ratio(position.par30, position.outstanding),
      targets: [],
    };
    const actual: Record<TargetMetric, bigint> = {
      DISBURSEMENT: row.disbursement,
      OUTSTANDING: row.outstanding,
      NOA: BigInt(row.noa),
      NEW_LEADS: BigInt(row.newLeads),
      VISITS: BigInt(row.visits),
    };
    const show = (metric: TargetMetric, value: bigint) => (MONEY_METRICS.includes(metric) ? moneyToDecimal(value) : value.toString());
    return {
      ...row,
      targets: TARGET_METRICS.map((metric) => {
        const target = targets.find((t) => t.officerId === id && t.metric === metric)?.value ?? null;
        return {
          metric,
          target: target === null ? null : show(metric, target),
          actual: show(metric, actual[metric]),
          achievement: target === null || target === 0n ? null : ratio(actual[metric], target),
        };
      }),
    };
  });
  return { month: month.from.slice(0, 7), rows };
}

interface Position {
  outstanding: bigint;
  par30: bigint;
  due: bigint;
  paid: bigint;
}

/** Outstanding, PAR30 principal and the month's collection per officer, from the snapshot or the live book. */
async function loanBook(dataSource: DataSource, ids: number[], month: Period, closed: boolean): Promise<Map<number, Position>> {
  const s = reportSql(dataSource);
  const q = s.id;
  const out = `ln.${q('outstandingPrincipal')}`;
  const open = `ln.${q('status')} IN ('ACTIVE', 'RESTRUCTURED')`;
  const [rows, collection] = await Promise.all([
    reportQuery<{ officerId: number | string; outstanding: string; par30: string }>(
      dataSource,
      `SELECT ln.${q('officerId')} AS officerId, ${s.sumAsText(`CASE WHEN ${open} THEN ${out} ELSE 0 END`)} AS outstanding,
       ${s.sumAsText(`CASE WHEN ${open} AND ln.${q('daysPastDue')} > 30 THEN ${out} ELSE 0 END`)} AS par30
     FROM ${q(closed ? 'loan_month_end' : 'loan')} ln WHERE ln.${q('officerId')} IN ${placeholders(ids)}${closed ? ` AND ln.${q('monthEnd')} = ?` : ''}
     GROUP BY ln.${q('officerId')}`,
      [...ids, ...(closed ? [month.to] : [])],
    ),
    closed
      ? reportQuery<{ officerId: number | string; due: string; paid: string }>(
          dataSource,
          `SELECT ln.${q('officerId')} AS officerId, ${s.sumAsText(`ln.${q('dueInMonth')}`)} AS due, ${s.sumAsText(`ln.${q('collectedInMonth')}`)} AS paid
         FROM ${q('loan_month_end')} ln WHERE ln.${q('officerId')} IN ${placeholders(ids)} AND ln.${q('monthEnd')} = ? GROUP BY ln.${q('officerId')}`,
          [...ids, month.to],
        )
      : reportQuery<{ officerId: number | string; due: string; paid: string }>(
          dataSource,
          `SELECT ln.${q('officerId')} AS officerId, ${s.sumAsText(`i.${q('principal')} + i.${q('interest')}`)} AS due,
           ${s.sumAsText(`i.${q('paidPrincipal')} + i.${q('paidInterest')}`)} AS paid
         FROM ${q('loan_installment')} i JOIN ${q('loan')} ln ON ln.${q('id')} = i.${q('loanId')}
         WHERE ln.${q('officerId')} IN ${placeholders(ids)} AND i.${q('dueDate')} >= ? AND i.${q('dueDate')} <= ? GROUP BY ln.${q('officerId')}`,
          [...ids, month.from, month.to],
        ),
  ]);
  const result = new Map<number, Position>();
  for (const row of rows) result.set(Number(row.officerId), { outstanding: BigInt(row.outstanding), par30: BigInt(row.par30), due: 0n, paid: 0n });
  for (const row of collection) {
    const entry = result.get(Number(row.officerId)) ?? { outstanding: 0n, par30: 0n, due: 0n, paid: 0n };
    result.set(Number(row.officerId), { ...entry, due: BigInt(row.due), paid: BigInt(row.paid) });
  }
  return result;
}
