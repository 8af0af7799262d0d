/**
 * Receivables and payables aging, and the month's PPN summary. Aging reads the open amount kept on each
 * invoice (total − amountPaid, current on every payment), so one indexed, grouped query answers it.
 */
import { In } from 'typeorm';
import type { DataSource } from 'typeorm';
import { AGING_BUCKETS, addDays, businessDate, isBusinessDate } from '@prospek/shared';
import type { AgingBucket, InvoiceKind } from '@prospek/shared';
import type { Dialect } from '../../db/sql.js';
import { toBusinessDate } from '../../db/columns.js';
import { InputError } from '../../errors.js';
import { pageSize } from '../../graphql/keyset-page.js';
import type { AccessService } from '../access/access.service.js';
import { Office } from '../office/office.entity.js';
import { User } from '../user/user.entity.js';
import { parseId } from '../write-context.js';
import { invoiceReadCondition } from './invoice-access.js';

export type AgingFigures = Record<AgingBucket, bigint> & { total: bigint };

export interface AgingRow extends AgingFigures {
  clientId: number | null;
  clientName: string | null;
  supplierName: string | null;
  officerId: number | null;
  officeId: number;
}

export interface AgingReport extends AgingFigures {
  asOf: string;
  kind: InvoiceKind;
  rows: AgingRow[];
  /** Rows beyond the first `first` (by total, largest first) are counted in the totals but not listed. */
  rowCount: number;
  officers: Array<AgingFigures & { officerId: number | null; officerName: string | null }>;
  offices: Array<AgingFigures & { officeId: number; officeName: string }>;
}

export interface TaxLine {
  invoiceId: number;
  kind: InvoiceKind;
  number: string;
  issueDate: string;
  partyName: string;
  npwp: string | null;
  taxBase: bigint;
  tax: bigint;
}

export interface TaxSummary {
  month: string;
  outputTaxBase: bigint;
  outputTax: bigint;
  inputTaxBase: bigint;
  inputTax: bigint;
  lines: TaxLine[];
}

const zero = (): AgingFigures => ({ current: 0n, d1to30: 0n, d31to60: 0n, d61to90: 0n, over90: 0n, total: 0n });
const add = (into: AgingFigures, from: AgingFigures) => {
  for (const key of [...AGING_BUCKETS, 'total'] as const) into[key] += from[key];
};

export class InvoiceReports {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: Dialect,
    private readonly access: AccessService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async aging(
    viewer: User,
    kind: InvoiceKind,
    asOfArg: string | null,
    officeArg: string | null,
    officerArg: string | null,
    first: number | null,
  ): Promise<AgingReport> {
    const asOf = asOfArg ?? businessDate(this.clock());
    if (!isBusinessDate(asOf)) throw InputError.field('asOf', 'DATE_INVALID', 'asOf must be YYYY-MM-DD');
    const q = this.dialect.id;
    const scope = await this.access.scope(viewer);
    const reach = invoiceReadCondition(scope, q);
    // What an invoice owed at the end of `asOf`: what it owes now plus what allocations after that day took
    // off (an undoing entry counts negative). So an invoice paid or cancelled since is still open on the day.
    const later = `COALESCE(l.${q('later')}, 0)`;
    const open = `(i.${q('total')} - i.${q('amountPaid')} + ${later})`;
    const parts = [
      `i.${q('kind')} = ?`,
      `(i.${q('status')} IN ('ISSUED', 'PARTIALLY_PAID') OR (i.${q('status')} = 'PAID' AND l.${q('later')} IS NOT NULL) OR cn.${q('date')} > ?)`,
      `i.${q('issueDate')} <= ?`,
      `${open} <> 0`,
      reach.sql,
    ];
    const params: unknown[] = [kind, asOf, asOf, ...reach.params];
    const officeId = parseId('officeId', officeArg);
    if (officeId !== null) {
      const offices = (await this.access.tree()).subtree(officeId);
      parts.push(`i.${q('officeId')} IN (${offices.map(() => '?').join(', ')})`);
      params.push(...offices);
    }
    const officerId = parseId('officerId', officerArg);
    if (officerId !== null) {
      parts.push(`c.${q('officerId')} = ?`);
      params.push(officerId);
    }
    const due = `i.${q('dueDate')}`;
    const bucket = (condition: string) => this.dialect.sumAsText(`CASE WHEN ${condition} THEN ${open} ELSE 0 END`);
    const [d30, d60, d90] = [30, 60, 90].map((n) => addDays(asOf, -n));
    const party = kind === 'RECEIVABLE' ? `i.${q('clientId')}` : `i.${q('supplierName')}`;
    const sql = `SELECT ${party} AS party, i.${q('officeId')} AS officeId, MAX(c.${q('name')}) AS clientName, MAX(c.${q('officerId')}) AS officerId,
        ${bucket(`${due} >= ?`)} AS current, ${bucket(`${due} < ? AND ${due} >= ?`)} AS d1to30,
        ${bucket(`${due} < ? AND ${due} >= ?`)} AS d31to60, ${bucket(`${due} < ? AND ${due} >= ?`)} AS d61to90,
        ${bucket(`${due} < ?`)} AS over90
      FROM ${q('invoice')} i LEFT JOIN ${q('client')} c ON c.${q('id')} = i.${q('clientId')}
      LEFT JOIN (SELECT ${q('invoiceId')}, SUM(${q('amount')}) AS ${q('later')} FROM ${q('payment_allocation')} WHERE ${q('date')} > ? GROUP BY ${q('invoiceId')}) l
        ON l.${q('invoiceId')} = i.${q('id')}
      LEFT JOIN ${q('credit_note')} cn ON cn.${q('invoiceId')} = i.${q('id')} AND i.${q('status')} = 'CANCELLED'
      WHERE ${parts.join(' AND ')} GROUP BY ${party}, i.${q('officeId')}`;
    const bucketParams = [asOf, asOf, d30, d30, d60, d60, d90, d90];
    const raw: Array<Record<string, string | number | null>> = await this.dataSource.query(sql, [...bucketParams, asOf, ...params]);
    const report: AgingReport = { asOf, kind, ...zero(), rows: [], rowCount: raw.length, officers: [], offices: [] };
    const officers = new Map<number | null, AgingFigures & { officerId: number | null; officerName: string | null }>();
    const offices = new Map<number, AgingFigures & { officeId: number; officeName: string }>();
    const rows = raw.map((r) => {
      const figures = zero();
      for (const key of AGING_BUCKETS) figures[key] = BigInt(r[key] ?? 0);
      figures.total = AGING_BUCKETS.reduce((s, key) => s + figures[key], 0n);
      const row: AgingRow = {
        ...figures,
        clientId: kind === 'RECEIVABLE' ? Number(r.party) : null,
        clientName: kind === 'RECEIVABLE' ? String(r.clientName ?? '') : null,
        supplierName: kind === 'PAYABLE' ? String(r.party ?? '') : null,
        officerId: r.officerId === null ? null : Number(r.officerId),
        officeId: Number(r.officeId),
      };
      add(report, figures);
      const byOfficer = officers.get(row.officerId) ?? { ...zero(), officerId: row.officerId, officerName: null };
      add(byOfficer, figures);
      officers.set(row.officerId, byOfficer);
      const byOffice = offices.get(row.officeId) ?? { ...zero(), officeId: row.officeId, officeName: '' };
      add(byOffice, figures);
      offices.set(row.officeId, byOffice);
      return row;
    });
    report.rows = rows.sort((a, b) => (a.total === b.total ? 0 : a.total > b.total ? -1 : 1)).slice(0, pageSize(first, 100));
    // Named, largest total first.
    const largestFirst = (a: AgingFigures, b: AgingFigures) => (a.total === b.total ? 0 : a.total > b.total ? -1 : 1);
    const officerIds = [...officers.keys()].filter((id): id is number => id !== null);
    const users =
      officerIds.length && kind === 'RECEIVABLE'
        ? await this.dataSource.getRepository(User).find({ where: { id: In(officerIds) }, select: { id: true, name: true } })
        : [];
    for (const user of users) (officers.get(user.id) as { officerName: string | null }).officerName = user.name;
    const named = offices.size
      ? await this.dataSource.getRepository(Office).find({ where: { id: In([...offices.keys()]) }, select: { id: true, name: true } })
      : [];
    for (const office of named) (offices.get(office.id) as { officeName: string }).officeName = office.name;
    report.officers = kind === 'RECEIVABLE' ? [...officers.values()].sort(largestFirst) : [];
    report.offices = [...offices.values()].sort(largestFirst);
    return report;
  }

  async taxSummary(viewer: User, month: string, officeArg: string | null): Promise<TaxSummary> {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw InputError.field('month', 'DATE_INVALID', 'month must be YYYY-MM');
    const q = this.dialect.id;
    const scope = await this.access.scope(viewer);
    const reach = invoiceReadCondition(scope, q);
    const [y, m] = month.split('-').map(Number);
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    // Cancelled invoices are left out: their credit notes cancel them on the tax return.
    const parts = [`i.${q('status')} IN ('ISSUED', 'PARTIALLY_PAID', 'PAID')`, `i.${q('issueDate')} >= ?`, `i.${q('issueDate')} < ?`, reach.sql];
    const params: unknown[] = [`${month}-01`, `${next}-01`, ...reach.params];
    const officeId = parseId('officeId', officeArg);
    if (officeId !== null) {
      const offices = (await this.access.tree()).subtree(officeId);
      parts.push(`i.${q('officeId')} IN (${offices.map(() => '?').join(', ')})`);
      params.push(...offices);
    }
    const raw: Array<Record<string, string | number | null>> = await this.dataSource.query(
      `SELECT i.${q('id')} AS id, i.${q('kind')} AS kind, i.${q('number')} AS number, i.${q('issueDate')} AS issueDate, c.${q('name')} AS clientName,
         c.${q('npwp')} AS npwp, i.${q('supplierName')} AS supplierName, i.${q('taxBase')} AS taxBase, i.${q('tax')} AS tax
       FROM ${q('invoice')} i LEFT JOIN ${q('client')} c ON c.${q('id')} = i.${q('clientId')}
       WHERE ${parts.join(' AND ')} AND i.${q('tax')} > 0 ORDER BY i.${q('issueDate')}, i.${q('number')} LIMIT 10000`,
      params,
    );
    const lines: TaxLine[] = raw.map((r) => ({
      invoiceId: Number(r.id),
      kind: r.kind as InvoiceKind,
      number: String(r.number),
      issueDate: toBusinessDate(r.issueDate as string | Date) ?? '',
      partyName: String(r.kind === 'RECEIVABLE' ? r.clientName : r.supplierName),
      npwp: r.npwp === null ? null : String(r.npwp),
      taxBase: BigInt(r.taxBase ?? 0),
      tax: BigInt(r.tax ?? 0),
    }));
    const sum = (kind: InvoiceKind, key: 'taxBase' | 'tax') => lines.filter((l) => l.kind === kind).reduce((s, l) => s + l[key], 0n);
    return {
      month,
      outputTaxBase: sum('RECEIVABLE', 'taxBase'),
      outputTax: sum('RECEIVABLE', 'tax'),
      inputTaxBase: sum('PAYABLE', 'taxBase'),
      inputTax: sum('PAYABLE', 'tax'),
      lines,
    };
  }
}

/** The e-Faktur upload fields of the month's output tax (receivables), one CSV row per invoice. */
export function taxSummaryCsv(summary: TaxSummary): string {
  const cell = (value: string) => (/[",\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const rupiah = (sen: bigint) => (sen / 100n).toString();
  const rows = summary.lines
    .filter((l) => l.kind === 'RECEIVABLE')
    .map((l) => [l.npwp ?? '', l.partyName, rupiah(l.taxBase), rupiah(l.tax), l.number, l.issueDate.split('-').reverse().join('/')].map(cell).join(','));
  return ['NPWP,NAMA,DPP,PPN,NOMOR_FAKTUR,TANGGAL_FAKTUR', ...rows].join('\r\n') + '\r\n';
}
