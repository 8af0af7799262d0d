/**
 * Money in and out of the book by month. Every flow carries a business date already (disbursement date,
 * value date, payment date: the office's own day), so a month is that date's month. Repayments split as
 * their posting allocated them; a reversed repayment is left out (its money went back).
 */
import type { DataSource } from 'typeorm';
import { placeholders } from '../report/report-scope.js';
import type { ReportScope } from '../report/report-scope.js';
import type { Period } from '../report/report-period.js';
import { reportQuery } from '../report/report-reader.js';
import { reportSql } from '../report/report-sql.js';
import type { CashFlow, CashFlowMonth } from './finance.types.js';
import { monthOf, monthsOf } from './money-sql.js';

type Row = { month: string; amount: string };

export async function cashFlow(dataSource: DataSource, scope: ReportScope, period: Period): Promise<CashFlow> {
  const s = reportSql(dataSource);
  const q = s.id;
  const offices = placeholders(scope.officeIds);
  const officer = (column: string) =>
    scope.officerId === null ? { sql: '', params: [] as unknown[] } : { sql: ` AND ${column} = ?`, params: [scope.officerId] };
  const loanOfficer = officer(`l.${q('officerId')}`);

  const disbursed = await reportQuery<Row>(
    dataSource,
    `SELECT ${monthOf(dataSource, `l.${q('disbursementDate')}`)} AS month, ${s.sumAsText(`l.${q('principal')}`)} AS amount
     FROM ${q('loan')} l WHERE l.${q('officeId')} IN ${offices} AND l.${q('disbursementDate')} >= ? AND l.${q('disbursementDate')} <= ?${loanOfficer.sql}
     GROUP BY ${monthOf(dataSource, `l.${q('disbursementDate')}`)}`,
    [...scope.officeIds, period.from, period.to, ...loanOfficer.params],
  );
  const repaid = await reportQuery<Row>(
    dataSource,
    `SELECT ${monthOf(dataSource, `r.${q('valueDate')}`)} AS month, ${s.sumAsText(`r.${q('amount')}`)} AS amount
     FROM ${q('loan_repayment')} r JOIN ${q('loan')} l ON l.${q('id')} = r.${q('loanId')}
     WHERE l.${q('officeId')} IN ${offices} AND r.${q('reversed')} = 0 AND r.${q('valueDate')} >= ? AND r.${q('valueDate')} <= ?${loanOfficer.sql}
     GROUP BY ${monthOf(dataSource, `r.${q('valueDate')}`)}`,
    [...scope.officeIds, period.from, period.to, ...loanOfficer.params],
  );
  const split = await reportQuery<Row & { component: string }>(
    dataSource,
    `SELECT ${monthOf(dataSource, `r.${q('valueDate')}`)} AS month, a.${q('component')} AS component, ${s.sumAsText(`a.${q('amount')}`)} AS amount
     FROM ${q('loan_repayment')} r JOIN ${q('loan')} l ON l.${q('id')} = r.${q('loanId')}
     JOIN ${q('loan_posting')} p ON p.${q('repaymentId')} = r.${q('id')} AND p.${q('kind')} = 'REPAYMENT'
     JOIN ${q('loan_allocation')} a ON a.${q('postingId')} = p.${q('id')} AND a.${q('repaymentId')} = r.${q('id')}
     WHERE l.${q('officeId')} IN ${offices} AND r.${q('reversed')} = 0 AND r.${q('valueDate')} >= ? AND r.${q('valueDate')} <= ?${loanOfficer.sql}
     GROUP BY ${monthOf(dataSource, `r.${q('valueDate')}`)}, a.${q('component')}`,
    [...scope.officeIds, period.from, period.to, ...loanOfficer.params],
  );
  // An officer's share of payments: what their clients paid; payments to suppliers are the office's.
  const paymentOfficer =
    scope.officerId === null
      ? { sql: '', params: [] as unknown[] }
      : {
          sql: ` AND p.${q('direction')} = 'IN' AND p.${q('clientId')} IN (SELECT c.${q('id')} FROM ${q('client')} c WHERE c.${q('officerId')} = ?)`,
          params: [scope.officerId],
        };
  const payments = await reportQuery<Row & { direction: string }>(
    dataSource,
    `SELECT ${monthOf(dataSource, `p.${q('date')}`)} AS month, p.${q('direction')} AS direction, ${s.sumAsText(`p.${q('amount')}`)} AS amount
     FROM ${q('payment')} p WHERE p.${q('officeId')} IN ${offices} AND p.${q('date')} >= ? AND p.${q('date')} <= ?${paymentOfficer.sql}
     GROUP BY ${monthOf(dataSource, `p.${q('date')}`)}, p.${q('direction')}`,
    [...scope.officeIds, period.from, period.to, ...paymentOfficer.params],
  );

  const of = (rows: Row[], month: string) => BigInt(rows.find((r) => r.month === month)?.amount ?? 0);
  return {
    months: monthsOf(period).map((month): CashFlowMonth => {
      const component = (name: string) =>
        of(
          split.filter((r) => r.component === name),
          month,
        );
      const principal = component('PRINCIPAL');
      const interest = component('INTEREST');
      const penalty = component('PENALTY');
      const repaidTotal = of(repaid, month);
      const receivablesCollected = of(
        payments.filter((r) => r.direction === 'IN'),
        month,
      );
      const payablesPaid = of(
        payments.filter((r) => r.direction === 'OUT'),
        month,
      );
      const disbursedTotal = of(disbursed, month);
      const moneyIn = repaidTotal + receivablesCollected;
      const moneyOut = disbursedTotal + payablesPaid;
      return {
        month,
        moneyIn,
        moneyOut,
        net: moneyIn - moneyOut,
        principal,
        interest,
        penalty,
        repaymentCredit: repaidTotal - principal - interest - penalty,
        receivablesCollected,
        disbursed: disbursedTotal,
        payablesPaid,
      };
    }),
  };
}
