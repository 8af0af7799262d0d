/**
 * One officer's period in figures: the sales work (leads, moves, follow-ups by channel, offers, won and
 * lost), the loan book (disbursed, collection against what fell due, arrears and grades now), invoices
 * and complaints. Instants count in the officer's office zone; loan and invoice dates are business dates.
 */
import type { DataSource } from 'typeorm';
import { ACTIVITY_TYPES } from '@prospek/shared';
import type { OfficeTimeZone } from '@prospek/shared';
import { instantBounds } from '../report/report-period.js';
import type { Period } from '../report/report-period.js';
import { reportQuery } from '../report/report-reader.js';
import { ratio, reportSql } from '../report/report-sql.js';
import type { TargetFigure } from '../report/report.types.js';
import type { WorkReportFigures } from './work-report.types.js';

type Row = Record<string, string | number | null>;

export async function workReportFigures(
  dataSource: DataSource,
  officerId: number,
  zone: OfficeTimeZone,
  period: Period,
  targets: TargetFigure[],
): Promise<WorkReportFigures> {
  const s = reportSql(dataSource);
  const q = s.id;
  const { start, end } = instantBounds(period, zone);
  const within = (column: string) => `${column} >= ? AND ${column} < ?`;
  const bounds = [s.instant(start), s.instant(end)];
  const days = [period.from, period.to];
  const one = async (sql: string, params: unknown[]): Promise<Row> => (await reportQuery<Row>(dataSource, sql, params))[0] ?? {};
  const int = (value: unknown) => Number(value ?? 0);
  const money = (value: unknown) => BigInt(String(value ?? 0));

  const leads = await one(`SELECT COUNT(*) AS n FROM ${q('lead')} l WHERE l.${q('ownerId')} = ? AND ${within(`l.${q('createdAt')}`)}`, [officerId, ...bounds]);
  const moves = await one(
    `SELECT COUNT(*) AS n, COUNT(DISTINCT c.${q('leadId')}) AS leads FROM ${q('lead_stage_change')} c JOIN ${q('lead')} l ON l.${q('id')} = c.${q('leadId')}
     WHERE l.${q('ownerId')} = ? AND c.${q('fromStage')} IS NOT NULL AND ${within(`c.${q('changedAt')}`)}`,
    [officerId, ...bounds],
  );
  const decided = await reportQuery<Row>(
    dataSource,
    `SELECT l.${q('stage')} AS stage, COUNT(*) AS n, ${s.sumAsText(`l.${q('estimatedAmount')}`)} AS amount FROM ${q('lead')} l
     WHERE l.${q('ownerId')} = ? AND l.${q('stage')} IN ('WON', 'LOST') AND ${within(`l.${q('stageEnteredAt')}`)} GROUP BY l.${q('stage')}`,
    [officerId, ...bounds],
  );
  const byChannel = await reportQuery<Row>(
    dataSource,
    `SELECT a.${q('type')} AS type, COUNT(*) AS n FROM ${q('activity')} a WHERE a.${q('ownerId')} = ? AND ${within(`a.${q('doneAt')}`)} GROUP BY a.${q('type')}`,
    [officerId, ...bounds],
  );
  const offers = await one(
    `SELECT COUNT(*) AS n, ${s.sumAsText(`o.${q('amount')}`)} AS amount FROM ${q('offer')} o WHERE o.${q('createdById')} = ? AND ${within(`o.${q('createdAt')}`)}`,
    [officerId, ...bounds],
  );
  const firstLoan = `NOT EXISTS (SELECT 1 FROM ${q('loan')} e WHERE e.${q('clientId')} = ln.${q('clientId')} AND (e.${q('disbursementDate')} < ln.${q('disbursementDate')} OR (e.${q('disbursementDate')} = ln.${q('disbursementDate')} AND e.${q('id')} < ln.${q('id')})))`;
  const disbursed = await one(
    `SELECT COUNT(*) AS n, ${s.sumAsText(`ln.${q('principal')}`)} AS amount, COUNT(DISTINCT CASE WHEN ${firstLoan} THEN ln.${q('clientId')} END) AS noa
     FROM ${q('loan')} ln WHERE ln.${q('officerId')} = ? AND ln.${q('disbursementDate')} >= ? AND ln.${q('disbursementDate')} <= ?`,
    [officerId, ...days],
  );
  const due = await one(
    `SELECT ${s.sumAsText(`i.${q('principal')} + i.${q('interest')}`)} AS due, ${s.sumAsText(`i.${q('paidPrincipal')} + i.${q('paidInterest')}`)} AS paid
     FROM ${q('loan_installment')} i JOIN ${q('loan')} ln ON ln.${q('id')} = i.${q('loanId')}
     WHERE ln.${q('officerId')} = ? AND i.${q('dueDate')} >= ? AND i.${q('dueDate')} <= ?`,
    [officerId, ...days],
  );
  const received = await one(
    `SELECT ${s.sumAsText(`r.${q('amount')}`)} AS amount FROM ${q('loan_repayment')} r JOIN ${q('loan')} ln ON ln.${q('id')} = r.${q('loanId')}
     WHERE ln.${q('officerId')} = ? AND r.${q('reversed')} = 0 AND r.${q('valueDate')} >= ? AND r.${q('valueDate')} <= ?`,
    [officerId, ...days],
  );
  const open = `ln.${q('status')} IN ('ACTIVE', 'RESTRUCTURED')`;
  const out = `ln.${q('outstandingPrincipal')}`;
  const grades = await reportQuery<Row>(
    dataSource,
    `SELECT ln.${q('collectibility')} AS grade, COUNT(*) AS n, ${s.sumAsText(out)} AS outstanding,
       SUM(CASE WHEN ln.${q('daysPastDue')} > 0 THEN 1 ELSE 0 END) AS late, ${s.sumAsText(`ln.${q('arrears')}`)} AS arrears,
       ${s.sumAsText(`CASE WHEN ln.${q('daysPastDue')} > 30 THEN ${out} ELSE 0 END`)} AS par30
     FROM ${q('loan')} ln WHERE ln.${q('officerId')} = ? AND ${open} GROUP BY ln.${q('collectibility')}`,
    [officerId],
  );
  const clientOf = `JOIN ${q('client')} c ON c.${q('id')} = inv.${q('clientId')} AND c.${q('officerId')} = ?`;
  const issued = await one(
    `SELECT COUNT(*) AS n, ${s.sumAsText(`inv.${q('total')}`)} AS amount FROM ${q('invoice')} inv ${clientOf}
     WHERE inv.${q('kind')} = 'RECEIVABLE' AND inv.${q('status')} <> 'DRAFT' AND inv.${q('issueDate')} >= ? AND inv.${q('issueDate')} <= ?`,
    [officerId, ...days],
  );
  const collected = await one(
    `SELECT ${s.sumAsText(`pa.${q('amount')}`)} AS amount FROM ${q('payment_allocation')} pa
     JOIN ${q('payment')} p ON p.${q('id')} = pa.${q('paymentId')} JOIN ${q('invoice')} inv ON inv.${q('id')} = pa.${q('invoiceId')} ${clientOf}
     WHERE inv.${q('kind')} = 'RECEIVABLE' AND p.${q('date')} >= ? AND p.${q('date')} <= ?`,
    [officerId, ...days],
  );
  const complaints = await one(
    `SELECT SUM(CASE WHEN k.${q('receivedAt')} >= ? AND k.${q('receivedAt')} <= ? THEN 1 ELSE 0 END) AS received,
       SUM(CASE WHEN k.${q('answeredOn')} >= ? AND k.${q('answeredOn')} <= ? THEN 1 ELSE 0 END) AS resolved,
       SUM(CASE WHEN k.${q('status')} NOT IN ('RESOLVED', 'CLOSED') THEN 1 ELSE 0 END) AS open
     FROM ${q('complaint')} k WHERE k.${q('ownerId')} = ?`,
    [...days, ...days, officerId],
  );

  const followUps = ACTIVITY_TYPES.map((type) => ({ type, count: int(byChannel.find((r) => r.type === type)?.n) })).filter((c) => c.count > 0);
  const stageOf = (stage: string) => decided.find((r) => r.stage === stage);
  const dueAmount = money(due.due);
  const paidAmount = money(due.paid);
  const outstanding = grades.reduce((sum, g) => sum + money(g.outstanding), 0n);
  const par30 = grades.reduce((sum, g) => sum + money(g.par30), 0n);
  return {
    newLeads: int(leads.n),
    leadsMoved: int(moves.leads),
    stageMoves: int(moves.n),
    followUps,
    followUpsDone: followUps.reduce((sum, c) => sum + c.count, 0),
    visits: followUps.find((c) => c.type === 'VISIT')?.count ?? 0,
    offers: { count: int(offers.n), amount: money(offers.amount) },
    won: { count: int(stageOf('WON')?.n), amount: money(stageOf('WON')?.amount) },
    lost: { count: int(stageOf('LOST')?.n), amount: money(stageOf('LOST')?.amount) },
    disbursed: { count: int(disbursed.n), amount: money(disbursed.amount) },
    noa: int(disbursed.noa),
    dueInPeriod: dueAmount,
    paidOfDue: paidAmount,
    collectionRate: ratio(paidAmount, dueAmount),
    repaymentsReceived: money(received.amount),
    outstanding,
    loansInArrears: grades.reduce((sum, g) => sum + int(g.late), 0),
    arrears: grades.reduce((sum, g) => sum + money(g.arrears), 0n),
    par30: ratio(par30, outstanding),
    grades: [1, 2, 3, 4, 5].map((grade) => {
      const row = grades.find((g) => int(g.grade) === grade);
      return { grade, count: int(row?.n), outstanding: money(row?.outstanding) };
    }),
    invoicesIssued: { count: int(issued.n), amount: money(issued.amount) },
    invoicesCollected: money(collected.amount),
    complaintsReceived: int(complaints.received),
    complaintsResolved: int(complaints.resolved),
    complaintsOpen: int(complaints.open),
    targets,
  };
}
