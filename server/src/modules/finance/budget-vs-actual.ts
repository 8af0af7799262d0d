/**
 * Each campaign running in the period, then each office, against its budget: the payables charged to it in
 * the period (with their PPN, as the campaign page's invoiced spend; drafts and cancelled ones left out) and what it
 * brought — leads created in the period, how many of them were won, and the loans disbursed in the period
 * (a campaign: to the clients its won leads became).
 */
import type { DataSource } from 'typeorm';
import { periodCondition, placeholders } from '../report/report-scope.js';
import type { ReportScope } from '../report/report-scope.js';
import type { Period } from '../report/report-period.js';
import { reportQuery } from '../report/report-reader.js';
import { reportSql } from '../report/report-sql.js';
import type { BudgetLine, BudgetVsActual } from './finance.types.js';
import { monthsOf } from './money-sql.js';

type Keyed = { id: number | string; amount: string };
type Counted = { id: number | string; n: number | string; won: number | string };

export async function budgetVsActual(dataSource: DataSource, scope: ReportScope, period: Period): Promise<BudgetVsActual> {
  const s = reportSql(dataSource);
  const q = s.id;
  const offices = placeholders(scope.officeIds);
  const spendable = `i.${q('kind')} = 'PAYABLE' AND i.${q('status')} IN ('ISSUED', 'PARTIALLY_PAID', 'PAID') AND i.${q('issueDate')} >= ? AND i.${q('issueDate')} <= ?`;
  const net = `i.${q('total')}`;
  const created = periodCondition(scope, period, `l.${q('officeId')}`, `l.${q('createdAt')}`, s.instant);

  const campaigns = await reportQuery<{ id: number | string; name: string; budget: string }>(
    dataSource,
    `SELECT cm.${q('id')} AS id, cm.${q('name')} AS name, cm.${q('budget')} AS budget FROM ${q('campaign')} cm
     WHERE cm.${q('officeId')} IN ${offices} AND cm.${q('startDate')} <= ? AND cm.${q('endDate')} >= ? ORDER BY cm.${q('startDate')}, cm.${q('id')}`,
    [...scope.officeIds, period.to, period.from],
  );
  const ids = campaigns.map((c) => Number(c.id));
  const campaignSpend = await reportQuery<Keyed>(
    dataSource,
    `SELECT i.${q('campaignId')} AS id, ${s.sumAsText(net)} AS amount FROM ${q('invoice')} i
     WHERE i.${q('campaignId')} IN ${placeholders(ids)} AND ${spendable} GROUP BY i.${q('campaignId')}`,
    [...ids, period.from, period.to],
  );
  const campaignLeads = await reportQuery<Counted>(
    dataSource,
    `SELECT l.${q('campaignId')} AS id, COUNT(*) AS n, SUM(CASE WHEN l.${q('stage')} = 'WON' THEN 1 ELSE 0 END) AS won FROM ${q('lead')} l
     WHERE l.${q('campaignId')} IN ${placeholders(ids)} AND ${created.sql} GROUP BY l.${q('campaignId')}`,
    [...ids, ...created.params],
  );
  const campaignLoans = await reportQuery<Keyed>(
    dataSource,
    `SELECT w.${q('campaignId')} AS id, ${s.sumAsText(`ln.${q('principal')}`)} AS amount
     FROM (SELECT DISTINCT l.${q('campaignId')} AS ${q('campaignId')}, l.${q('clientId')} AS ${q('clientId')} FROM ${q('lead')} l
           WHERE l.${q('campaignId')} IN ${placeholders(ids)} AND l.${q('stage')} = 'WON' AND l.${q('clientId')} IS NOT NULL) w
     JOIN ${q('loan')} ln ON ln.${q('clientId')} = w.${q('clientId')}
     WHERE ln.${q('disbursementDate')} >= ? AND ln.${q('disbursementDate')} <= ? GROUP BY w.${q('campaignId')}`,
    [...ids, period.from, period.to],
  );

  const officeRows = await reportQuery<{ id: number | string; name: string; budget: string }>(
    dataSource,
    `SELECT o.${q('id')} AS id, o.${q('name')} AS name, o.${q('monthlyBudget')} AS budget FROM ${q('office')} o WHERE o.${q('id')} IN ${offices} ORDER BY o.${q('code')}`,
    scope.officeIds,
  );
  const officeSpend = await reportQuery<Keyed>(
    dataSource,
    `SELECT i.${q('officeId')} AS id, ${s.sumAsText(net)} AS amount FROM ${q('invoice')} i
     WHERE i.${q('officeId')} IN ${offices} AND ${spendable} GROUP BY i.${q('officeId')}`,
    [...scope.officeIds, period.from, period.to],
  );
  const officeLeads = await reportQuery<Counted>(
    dataSource,
    `SELECT l.${q('officeId')} AS id, COUNT(*) AS n, SUM(CASE WHEN l.${q('stage')} = 'WON' THEN 1 ELSE 0 END) AS won FROM ${q('lead')} l
     WHERE ${created.sql} GROUP BY l.${q('officeId')}`,
    created.params,
  );
  const officeLoans = await reportQuery<Keyed>(
    dataSource,
    `SELECT ln.${q('officeId')} AS id, ${s.sumAsText(`ln.${q('principal')}`)} AS amount FROM ${q('loan')} ln
     WHERE ln.${q('officeId')} IN ${offices} AND ln.${q('disbursementDate')} >= ? AND ln.${q('disbursementDate')} <= ? GROUP BY ln.${q('officeId')}`,
    [...scope.officeIds, period.from, period.to],
  );

  const amountOf = (rows: Keyed[], id: number) => BigInt(rows.find((r) => Number(r.id) === id)?.amount ?? 0);
  const countsOf = (rows: Counted[], id: number) => {
    const row = rows.find((r) => Number(r.id) === id);
    return { leads: Number(row?.n ?? 0), won: Number(row?.won ?? 0) };
  };
  const line = (
    kind: BudgetLine['kind'],
    id: number,
    name: string,
    budget: bigint,
    spend: bigint,
    counts: { leads: number; won: number },
    disbursed: bigint,
  ): BudgetLine => ({
    kind,
    id: String(id),
    name,
    budget,
    spend,
    remaining: budget - spend,
    ...counts,
    disbursed,
  });
  const months = BigInt(monthsOf(period).length);
  return {
    lines: [
      ...campaigns.map((c) => {
        const id = Number(c.id);
        return line('CAMPAIGN', id, c.name, BigInt(c.budget), amountOf(campaignSpend, id), countsOf(campaignLeads, id), amountOf(campaignLoans, id));
      }),
      ...officeRows.map((o) => {
        const id = Number(o.id);
        return line('OFFICE', id, o.name, BigInt(o.budget) * months, amountOf(officeSpend, id), countsOf(officeLeads, id), amountOf(officeLoans, id));
      }),
    ],
  };
}
