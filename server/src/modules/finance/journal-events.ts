/**
 * The book's events of a month in reach, read for the journal export: disbursements, repayments (as their
 * posting allocated them), reversals of repayments (on the office's day they were reversed), invoices
 * issued, credit notes and payments. A repayment reversed later still stands in its own month; its reversal
 * is a separate event of the month it happened in. A loan written off in the month takes its principal off the
 * book on the write-off date; what is received on it afterwards (a recovery) is income, not principal.
 */
import type { DataSource } from 'typeorm';
import { businessDate } from '@prospek/shared';
import { toBusinessDate, toInstant } from '../../db/columns.js';
import { periodCondition, placeholders } from '../report/report-scope.js';
import type { ReportScope } from '../report/report-scope.js';
import type { Period } from '../report/report-period.js';
import { reportQuery } from '../report/report-reader.js';
import { reportSql } from '../report/report-sql.js';
import type { JournalEvent } from './journal-lines.js';

type DateValue = string | Date;

export async function journalEvents(dataSource: DataSource, scope: ReportScope, period: Period): Promise<JournalEvent[]> {
  const s = reportSql(dataSource);
  const q = s.id;
  const offices = placeholders(scope.officeIds);
  const inMonth = (column: string) => `${column} >= ? AND ${column} <= ?`;
  const events: JournalEvent[] = [];

  const loans = await reportQuery<{ id: number | string; productId: number | string; principal: string; date: DateValue; client: string }>(
    dataSource,
    `SELECT l.${q('id')} AS id, l.${q('productId')} AS productId, l.${q('principal')} AS principal, l.${q('disbursementDate')} AS date, c.${q('name')} AS client
     FROM ${q('loan')} l JOIN ${q('client')} c ON c.${q('id')} = l.${q('clientId')}
     WHERE l.${q('officeId')} IN ${offices} AND ${inMonth(`l.${q('disbursementDate')}`)}`,
    [...scope.officeIds, period.from, period.to],
  );
  for (const l of loans)
    events.push({
      type: 'DISBURSEMENT',
      date: toBusinessDate(l.date) as string,
      reference: `PINJ-${l.id}`,
      description: `Pencairan pinjaman ${l.client}`,
      productId: Number(l.productId),
      amount: BigInt(l.principal),
    });

  const writtenOff = await reportQuery<{ id: number | string; productId: number | string; amount: string; date: DateValue; client: string }>(
    dataSource,
    `SELECT l.${q('id')} AS id, l.${q('productId')} AS productId, l.${q('writtenOffPrincipal')} AS amount, l.${q('closedDate')} AS date, c.${q('name')} AS client
     FROM ${q('loan')} l JOIN ${q('client')} c ON c.${q('id')} = l.${q('clientId')}
     WHERE l.${q('officeId')} IN ${offices} AND l.${q('status')} = 'WRITTEN_OFF' AND ${inMonth(`l.${q('closedDate')}`)}`,
    [...scope.officeIds, period.from, period.to],
  );
  for (const l of writtenOff)
    events.push({
      type: 'WRITE_OFF',
      date: toBusinessDate(l.date) as string,
      reference: `PINJ-${l.id}/HB`,
      description: `Hapus buku pinjaman PINJ-${l.id} ${l.client}`,
      productId: Number(l.productId),
      amount: BigInt(l.amount),
    });

  // Each repayment with the split its own posting gave it (one row per component; none when nothing was due).
  type RepaymentRow = {
    id: number | string;
    loanId: number | string;
    productId: number | string;
    officeId: number | string;
    amount: string;
    date: DateValue;
    reversedAt: DateValue | null;
    recovery: boolean | number | string;
    reference: string | null;
    client: string;
  };
  const repaymentColumns = `r.${q('id')} AS id, r.${q('loanId')} AS loanId, l.${q('productId')} AS productId, l.${q('officeId')} AS officeId,
    r.${q('amount')} AS amount, r.${q('valueDate')} AS date, r.${q('reversedAt')} AS reversedAt, r.${q('recovery')} AS recovery, r.${q('reference')} AS reference, c.${q('name')} AS client`;
  const repaymentFrom = `${q('loan_repayment')} r JOIN ${q('loan')} l ON l.${q('id')} = r.${q('loanId')} JOIN ${q('client')} c ON c.${q('id')} = l.${q('clientId')}`;
  const reversedIn = periodCondition(scope, period, `l.${q('officeId')}`, `r.${q('reversedAt')}`, s.instant);
  const repaid = await reportQuery<RepaymentRow>(
    dataSource,
    `SELECT ${repaymentColumns} FROM ${repaymentFrom} WHERE l.${q('officeId')} IN ${offices} AND ${inMonth(`r.${q('valueDate')}`)}`,
    [...scope.officeIds, period.from, period.to],
  );
  const reversed = await reportQuery<RepaymentRow>(
    dataSource,
    `SELECT ${repaymentColumns} FROM ${repaymentFrom} WHERE r.${q('reversed')} = 1 AND ${reversedIn.sql}`,
    reversedIn.params,
  );
  const repaymentIds = [...new Set([...repaid, ...reversed].map((r) => Number(r.id)))];
  const split = await reportQuery<{ id: number | string; component: string; amount: string }>(
    dataSource,
    `SELECT a.${q('repaymentId')} AS id, a.${q('component')} AS component, ${s.sumAsText(`a.${q('amount')}`)} AS amount
     FROM ${q('loan_allocation')} a JOIN ${q('loan_posting')} p ON p.${q('id')} = a.${q('postingId')}
     WHERE a.${q('repaymentId')} IN ${placeholders(repaymentIds)} AND p.${q('kind')} = 'REPAYMENT' AND p.${q('repaymentId')} = a.${q('repaymentId')}
     GROUP BY a.${q('repaymentId')}, a.${q('component')}`,
    repaymentIds,
  );
  const part = (id: number, component: string) => BigInt(split.find((r) => Number(r.id) === id && r.component === component)?.amount ?? 0);
  const repayment = (r: RepaymentRow, type: 'REPAYMENT' | 'REPAYMENT_REVERSAL', date: string): JournalEvent => {
    const id = Number(r.id);
    const reference = r.reference ? `ANGS-${id}/${r.reference}` : `ANGS-${id}`;
    if (r.recovery === true || Number(r.recovery) === 1) {
      const recovery = type === 'REPAYMENT' ? 'RECOVERY' : 'RECOVERY_REVERSAL';
      const description = `${recovery === 'RECOVERY' ? 'Penerimaan' : 'Pembatalan penerimaan'} pinjaman hapus buku PINJ-${r.loanId} ${r.client}`;
      return { type: recovery, date, reference, description, productId: Number(r.productId), amount: BigInt(r.amount) };
    }
    return {
      type,
      date,
      reference,
      description: `${type === 'REPAYMENT' ? 'Angsuran' : 'Pembatalan angsuran'} pinjaman PINJ-${r.loanId} ${r.client}`,
      productId: Number(r.productId),
      amount: BigInt(r.amount),
      principal: part(id, 'PRINCIPAL'),
      interest: part(id, 'INTEREST'),
      penalty: part(id, 'PENALTY'),
    };
  };
  for (const r of repaid) events.push(repayment(r, 'REPAYMENT', toBusinessDate(r.date) as string));
  for (const r of reversed) {
    const zone = scope.zoneOf.get(Number(r.officeId));
    events.push(repayment(r, 'REPAYMENT_REVERSAL', businessDate(toInstant(r.reversedAt) as Date, zone)));
  }

  const party = `COALESCE(c.${q('name')}, i.${q('supplierName')}, '')`;
  const invoices = await reportQuery<{
    number: string;
    kind: 'RECEIVABLE' | 'PAYABLE';
    total: string;
    tax: string;
    campaignId: number | null;
    date: DateValue;
    party: string;
  }>(
    dataSource,
    `SELECT i.${q('number')} AS number, i.${q('kind')} AS kind, i.${q('total')} AS total, i.${q('tax')} AS tax, i.${q('campaignId')} AS campaignId,
       i.${q('issueDate')} AS date, ${party} AS party
     FROM ${q('invoice')} i LEFT JOIN ${q('client')} c ON c.${q('id')} = i.${q('clientId')}
     WHERE i.${q('officeId')} IN ${offices} AND i.${q('number')} IS NOT NULL AND i.${q('status')} <> 'DRAFT' AND ${inMonth(`i.${q('issueDate')}`)}`,
    [...scope.officeIds, period.from, period.to],
  );
  for (const i of invoices)
    events.push({
      type: 'INVOICE',
      date: toBusinessDate(i.date) as string,
      reference: i.number,
      description: `${i.kind === 'RECEIVABLE' ? 'Faktur' : 'Tagihan pemasok'} ${i.party}`.trim(),
      kind: i.kind,
      total: BigInt(i.total),
      tax: BigInt(i.tax),
      campaign: i.campaignId !== null,
    });
  const notes = await reportQuery<{
    number: string;
    invoice: string;
    kind: 'RECEIVABLE' | 'PAYABLE';
    total: string;
    tax: string;
    campaignId: number | null;
    date: DateValue;
  }>(
    dataSource,
    `SELECT n.${q('number')} AS number, i.${q('number')} AS invoice, i.${q('kind')} AS kind, n.${q('total')} AS total, n.${q('tax')} AS tax,
       i.${q('campaignId')} AS campaignId, n.${q('date')} AS date
     FROM ${q('credit_note')} n JOIN ${q('invoice')} i ON i.${q('id')} = n.${q('invoiceId')}
     WHERE i.${q('officeId')} IN ${offices} AND ${inMonth(`n.${q('date')}`)}`,
    [...scope.officeIds, period.from, period.to],
  );
  for (const n of notes)
    events.push({
      type: 'CREDIT_NOTE',
      date: toBusinessDate(n.date) as string,
      reference: n.number,
      description: `Nota kredit atas ${n.invoice}`,
      kind: n.kind,
      total: BigInt(n.total),
      tax: BigInt(n.tax),
      campaign: n.campaignId !== null,
    });

  const payments = await reportQuery<{
    id: number | string;
    direction: 'IN' | 'OUT';
    amount: string;
    date: DateValue;
    reference: string | null;
    party: string;
  }>(
    dataSource,
    `SELECT p.${q('id')} AS id, p.${q('direction')} AS direction, p.${q('amount')} AS amount, p.${q('date')} AS date, p.${q('reference')} AS reference,
       COALESCE(c.${q('name')}, p.${q('supplierName')}, '') AS party
     FROM ${q('payment')} p LEFT JOIN ${q('client')} c ON c.${q('id')} = p.${q('clientId')}
     WHERE p.${q('officeId')} IN ${offices} AND ${inMonth(`p.${q('date')}`)}`,
    [...scope.officeIds, period.from, period.to],
  );
  for (const p of payments)
    events.push({
      type: 'PAYMENT',
      date: toBusinessDate(p.date) as string,
      reference: p.reference ? `BYR-${p.id}/${p.reference}` : `BYR-${p.id}`,
      description: `${p.direction === 'IN' ? 'Penerimaan dari' : 'Pembayaran kepada'} ${p.party}`.trim(),
      direction: p.direction,
      amount: BigInt(p.amount),
    });

  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
