/** Outstanding, NPL and PAR30 at each closed month end of the period, from the loan book's month-end snapshots. */
import type { DataSource } from 'typeorm';
import type { Period } from './report-period.js';
import { reportQuery } from './report-reader.js';
import { placeholders } from './report-scope.js';
import type { ReportScope } from './report-scope.js';
import { ratio, reportSql } from './report-sql.js';
import type { PortfolioTrend } from './report.types.js';

export async function portfolioTrend(dataSource: DataSource, scope: ReportScope, period: Period): Promise<PortfolioTrend> {
  const s = reportSql(dataSource);
  const q = s.id;
  const out = `m.${q('outstandingPrincipal')}`;
  const officer = scope.officerId === null ? { sql: '', params: [] as unknown[] } : { sql: ` AND m.${q('officerId')} = ?`, params: [scope.officerId] };
  const rows = await reportQuery<{ monthEnd: string | Date; n: number | string; outstanding: string; npl: string; par30: string }>(
    dataSource,
    `SELECT m.${q('monthEnd')} AS monthEnd, COUNT(*) AS n, ${s.sumAsText(out)} AS outstanding,
       ${s.sumAsText(`CASE WHEN m.${q('collectibility')} >= 3 THEN ${out} ELSE 0 END`)} AS npl,
       ${s.sumAsText(`CASE WHEN m.${q('daysPastDue')} > 30 THEN ${out} ELSE 0 END`)} AS par30
     FROM ${q('loan_month_end')} m
     WHERE m.${q('officeId')} IN ${placeholders(scope.officeIds)} AND m.${q('monthEnd')} >= ? AND m.${q('monthEnd')} <= ?
       AND m.${q('status')} IN ('ACTIVE', 'RESTRUCTURED')${officer.sql}
     GROUP BY m.${q('monthEnd')} ORDER BY m.${q('monthEnd')}`,
    [...scope.officeIds, period.from, period.to, ...officer.params],
  );
  return {
    points: rows.map((r) => {
      const outstanding = BigInt(r.outstanding);
      const monthEnd = r.monthEnd instanceof Date ? r.monthEnd.toISOString().slice(0, 10) : String(r.monthEnd).slice(0, 10);
      return { monthEnd, loanCount: Number(r.n), outstanding, npl: ratio(BigInt(r.npl), outstanding), par30: ratio(BigInt(r.par30), outstanding) };
    }),
  };
}
