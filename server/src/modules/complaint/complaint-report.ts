/**
 * The complaints report of a period: counts by category, channel, product and status, SLA compliance,
 * and resolution time in working days (median and 90th percentile, nearest rank), with a CSV of the
 * period's complaints in the columns a periodic report to the regulator (OJK) asks for.
 */
import type { DataSource } from 'typeorm';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { isBusinessDate, daysBetween } from '@prospek/shared';
import { InputError, NotFoundError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { reachesOffice } from '../access/scope.js';
import type { User } from '../user/user.entity.js';
import { spreadsheetCell } from '../lead/spreadsheet-cell.js';
import { parseId } from '../write-context.js';
import { complaintSelectSql } from './complaint-card.js';
import type { ComplaintRow } from './complaint-card.js';
import type { ComplaintReadService } from './complaint-read.service.js';
import type { ComplaintView } from './complaint.types.js';

@ObjectType({ simpleResolvers: true })
export class ComplaintCount {
  @Field({ description: 'A code (status, channel) or a name (category, product; empty without one)' })
  key: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ simpleResolvers: true })
export class ComplaintReport {
  @Field(() => Int)
  total: number;

  @Field(() => [ComplaintCount])
  byCategory: ComplaintCount[];

  @Field(() => [ComplaintCount])
  byChannel: ComplaintCount[];

  @Field(() => [ComplaintCount])
  byProduct: ComplaintCount[];

  @Field(() => [ComplaintCount])
  byStatus: ComplaintCount[];

  @Field(() => Int, { description: 'Resolved or closed' })
  resolved: number;

  @Field(() => Int, { description: 'Resolved by their deadline' })
  resolvedOnTime: number;

  @Field(() => Int, { description: 'Still open and past their deadline' })
  openBreached: number;

  @Field(() => Float, { nullable: true, description: 'Percent of resolved complaints answered by their deadline' })
  slaCompliancePercent: number | null;

  @Field(() => Int, { nullable: true, description: 'Working days on the clock to resolution: median (nearest rank)' })
  medianResolutionDays: number | null;

  @Field(() => Int, { nullable: true, description: 'Working days on the clock to resolution: 90th percentile (nearest rank)' })
  p90ResolutionDays: number | null;

  @Field({
    description: 'The period’s complaints, one row each, in the regulator-report columns (semicolon separated, UTF-8)',
    deprecationReason: 'Use complaintReportCsvUrl: a download link of the same file',
  })
  csv: string;
}

/** The value at percentile p of sorted numbers, by nearest rank. */
export function nearestRank(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

function counts(views: ComplaintView[], key: (v: ComplaintView) => string): ComplaintCount[] {
  const map = new Map<string, number>();
  for (const v of views) map.set(key(v), (map.get(key(v)) ?? 0) + 1);
  return [...map.entries()].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

const CSV_HEADER = [
  'No',
  'Nomor Pengaduan',
  'Tanggal Diterima',
  'Tanggal Lengkap',
  'Nama Konsumen',
  'Saluran',
  'Kategori',
  'Produk',
  'Uraian',
  'Status',
  'Batas Waktu',
  'Diperpanjang',
  'Alasan Perpanjangan',
  'Tanggal Jawaban',
  'Saluran Jawaban',
  'Kebijakan Penyelesaian',
  'Hasil',
  'Hari Kerja',
  'Sesuai SLA',
];

/** A cell quoted for the semicolon CSV, and never a live formula in a spreadsheet (names and descriptions are typed by people). */
const cell = (value: string | number | null) => {
  const text = value === null ? '' : typeof value === 'number' ? String(value) : spreadsheetCell(value);
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function complaintCsv(views: ComplaintView[]): string {
  const lines = [CSV_HEADER.join(';')];
  views.forEach((v, i) => {
    lines.push(
      [
        i + 1,
        `PGD-${v.id.padStart(6, '0')}`,
        v.receivedAt,
        v.completeOn,
        v.client?.name ?? v.lead?.name ?? '',
        v.channel,
        v.category.name,
        v.product?.name ?? '',
        v.description,
        v.status,
        v.slaDueDate,
        v.extended ? 'Ya' : 'Tidak',
        v.extensionReason,
        v.answeredOn,
        v.answerChannel,
        v.policy?.name ?? '',
        v.outcome,
        v.resolvedOn ? v.workingDaysUsed : null,
        v.resolvedOn ? (v.breached ? 'Tidak' : 'Ya') : '',
      ]
        .map(cell)
        .join(';'),
    );
  });
  return `${lines.join('\r\n')}\r\n`;
}

export class ComplaintReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    readonly reads: ComplaintReadService,
  ) {}

  async report(viewer: User, from: string, to: string, rawOfficeId: string | null): Promise<ComplaintReport> {
    const views = await this.complaintsOf(viewer, from, to, rawOfficeId);
    const done = views.filter((v) => v.resolvedOn !== null);
    const onTime = done.filter((v) => !v.breached).length;
    const days = done.map((v) => v.workingDaysUsed).sort((a, b) => a - b);
    return {
      total: views.length,
      byCategory: counts(views, (v) => v.category.name),
      byChannel: counts(views, (v) => v.channel),
      byProduct: counts(views, (v) => v.product?.name ?? ''),
      byStatus: counts(views, (v) => v.status),
      resolved: done.length,
      resolvedOnTime: onTime,
      openBreached: views.filter((v) => v.resolvedOn === null && v.breached).length,
      slaCompliancePercent: done.length ? Math.round((onTime / done.length) * 1000) / 10 : null,
      medianResolutionDays: nearestRank(days, 50),
      p90ResolutionDays: nearestRank(days, 90),
      csv: complaintCsv(views),
    };
  }

  /** Checks the period and the office without reading anything: a download link is only given for a report that can be read. */
  async check(viewer: User, from: string, to: string, rawOfficeId: string | null): Promise<void> {
    this.period(from, to);
    const officeId = parseId('officeId', rawOfficeId);
    if (officeId !== null && !reachesOffice(await this.access.scope(viewer), officeId)) throw new NotFoundError('Office', officeId);
  }

  private period(from: string, to: string): void {
    if (!isBusinessDate(from)) throw InputError.field('from', 'DATE_INVALID', 'from must be YYYY-MM-DD');
    if (!isBusinessDate(to) || to < from) throw InputError.field('to', 'DATE_INVALID', 'to must be a date on or after from', { min: from });
    if (daysBetween(from, to) > 366) throw InputError.field('to', 'DATE_INVALID', 'A report covers at most a year', { max: 366 });
  }

  /** The period's complaints in reach (of an office and those under it when named), oldest received first. */
  async complaintsOf(viewer: User, from: string, to: string, rawOfficeId: string | null): Promise<ComplaintView[]> {
    this.period(from, to);
    const scope = await this.access.scope(viewer);
    const officeId = parseId('officeId', rawOfficeId);
    const q = this.reads.dialect.id;
    const where = this.reads.where(scope, {});
    let sql = `${complaintSelectSql(this.reads.dialect)} WHERE ${where.sql} AND cp.${q('receivedAt')} BETWEEN ? AND ?`;
    const params = [...where.params, from, to];
    if (officeId !== null) {
      if (!reachesOffice(scope, officeId)) throw new NotFoundError('Office', officeId);
      const offices = (await this.access.tree()).subtree(officeId);
      sql += ` AND cp.${q('officeId')} IN (${offices.map(() => '?').join(', ')})`;
      params.push(...offices);
    }
    const rows: ComplaintRow[] = await this.dataSource.manager.query(`${sql} ORDER BY cp.${q('receivedAt')}, cp.${q('id')}`, params);
    return this.reads.views(this.dataSource.manager, rows);
  }
}
