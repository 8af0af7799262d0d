/**
 * GET /exports/loan-month-end.csv?token=…&monthEnd=YYYY-MM-DD[&officeId=][&lang=id|en] — a closed month's
 * position per debtor and facility, with the fields of SLIK's credit facility segment (Fasilitas Kredit)
 * that the loan book holds: the debtor's identity, the facility's limit, outstanding (baki debet),
 * arrears, days past due, kolektibilitas of the facility and of the debtor (one obligor, one grade: their
 * worst facility's that month), dates, rate, condition and branch. Read from the month-end snapshots, so
 * a month exported twice gives the same file. Managers (their office tree) and admins only. A report: it
 * reads a replica when there is one (db/report-reader.ts).
 */
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { stringify } from 'csv-stringify/sync';
import { moneyToDecimal, wordLanguage } from '@prospek/shared';
import type { WordLanguage } from '@prospek/shared';
import { toBusinessDate } from '../../db/columns.js';
import { readForReport } from '../../db/report-reader.js';
import { dialectOf } from '../../db/sql.js';
import { ForbiddenError, InputError, UnauthenticatedError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { clientReadCondition } from '../access/scope.js';
import type { DownloadTokens } from '../auth/token.service.js';
import { spreadsheetCell } from '../lead/spreadsheet-cell.js';
import { User } from '../user/user.entity.js';
import type { LoanStatus } from './loan.entity.js';
import { isMonthEnd } from './loan-month-end.service.js';

export const MONTH_END_EXPORT_RESOURCE = 'export:loan-month-end';

export const MONTH_END_HEADINGS: Record<WordLanguage, string[]> = {
  id: [
    'Bulan Data',
    'Tanggal Posisi',
    'Kode Kantor Cabang',
    'Nomor Rekening Fasilitas',
    'CIF',
    'NIK',
    'Nama Debitur',
    'Kode Valuta',
    'Plafon',
    'Baki Debet',
    'Tunggakan Pokok',
    'Tunggakan Bunga',
    'Denda',
    'Jumlah Hari Tunggakan',
    'Kolektibilitas',
    'Kolektibilitas Debitur',
    'Tanggal Mulai',
    'Tanggal Jatuh Tempo',
    'Suku Bunga (% p.a.)',
    'Kondisi',
    'AO',
  ],
  en: [
    'Reporting month',
    'Position date',
    'Branch code',
    'Facility number',
    'CIF',
    'NIK',
    'Debtor name',
    'Currency',
    'Credit limit',
    'Outstanding',
    'Principal arrears',
    'Interest arrears',
    'Penalty',
    'Days past due',
    'Collectibility',
    'Debtor collectibility',
    'Start date',
    'Maturity date',
    'Interest rate (% p.a.)',
    'Condition',
    'Officer',
  ],
};

const CONDITION_WORDS: Record<WordLanguage, Record<LoanStatus, string>> = {
  id: { ACTIVE: 'Aktif', CLOSED: 'Lunas', WRITTEN_OFF: 'Hapus buku', RESTRUCTURED: 'Restrukturisasi' },
  en: { ACTIVE: 'Active', CLOSED: 'Paid off', WRITTEN_OFF: 'Written off', RESTRUCTURED: 'Restructured' },
};

interface ExportRow {
  loanId: number | string;
  clientId: number | string;
  monthEnd: string | Date;
  officeCode: string;
  cif: string;
  nik: string | null;
  clientName: string;
  principal: number | string;
  outstandingPrincipal: number | string;
  arrears: number | string;
  arrearsPrincipal: number | string;
  arrearsInterest: number | string;
  daysPastDue: number | string;
  collectibility: number | string;
  disbursementDate: string | Date;
  maturityDate: string | Date;
  annualRateMicro: number | string;
  status: LoanStatus;
  officerName: string | null;
}

export interface MonthEndExportDeps {
  dataSource: DataSource;
  downloads: DownloadTokens;
  access: AccessService;
}

/** The rows of a month end within `viewer`'s reach, by debtor then facility, with each debtor's grade. */
export async function monthEndExportRows(deps: MonthEndExportDeps, viewer: User, monthEnd: string, officeId: number | null, language: WordLanguage) {
  const q = dialectOf(deps.dataSource).id;
  const reach = clientReadCondition(await deps.access.scope(viewer), q, 's');
  const office = officeId === null ? '' : ` AND s.${q('officeId')} = ?`;
  const { rows, grades } = await readForReport(deps.dataSource, async (manager) => {
    const rows: ExportRow[] = await manager.query(
      `SELECT s.${q('loanId')} AS ${q('loanId')}, s.${q('clientId')} AS ${q('clientId')}, s.${q('monthEnd')} AS ${q('monthEnd')},
         o.${q('code')} AS ${q('officeCode')}, c.${q('cif')} AS ${q('cif')}, c.${q('nik')} AS ${q('nik')}, c.${q('name')} AS ${q('clientName')},
         s.${q('principal')} AS ${q('principal')}, s.${q('outstandingPrincipal')} AS ${q('outstandingPrincipal')}, s.${q('arrears')} AS ${q('arrears')},
         s.${q('arrearsPrincipal')} AS ${q('arrearsPrincipal')}, s.${q('arrearsInterest')} AS ${q('arrearsInterest')},
         s.${q('daysPastDue')} AS ${q('daysPastDue')}, s.${q('collectibility')} AS ${q('collectibility')},
         ln.${q('disbursementDate')} AS ${q('disbursementDate')}, s.${q('maturityDate')} AS ${q('maturityDate')},
         s.${q('annualRateMicro')} AS ${q('annualRateMicro')}, s.${q('status')} AS ${q('status')}, u.${q('name')} AS ${q('officerName')}
       FROM ${q('loan_month_end')} s
         JOIN ${q('loan')} ln ON ln.${q('id')} = s.${q('loanId')}
         JOIN ${q('client')} c ON c.${q('id')} = s.${q('clientId')}
         JOIN ${q('office')} o ON o.${q('id')} = s.${q('officeId')}
         LEFT JOIN ${q('user')} u ON u.${q('id')} = s.${q('officerId')}
       WHERE ${reach.sql} AND s.${q('monthEnd')} = ?${office}
       ORDER BY c.${q('cif')}, s.${q('loanId')}`,
      [...reach.params, monthEnd, ...(officeId === null ? [] : [officeId])],
    );
    // One obligor, one grade: the worst of the debtor's facilities that month, wherever they are booked.
    const grades: Array<{ clientId: number | string; grade: number | string }> = await manager.query(
      `SELECT ${q('clientId')} AS ${q('clientId')}, MAX(${q('collectibility')}) AS grade FROM ${q('loan_month_end')}
       WHERE ${q('monthEnd')} = ? AND ${q('status')} <> 'CLOSED' GROUP BY ${q('clientId')}`,
      [monthEnd],
    );
    return { rows, grades };
  });
  const debtorGrade = new Map(grades.map((g) => [Number(g.clientId), Number(g.grade)]));
  const money = (value: number | string) => moneyToDecimal(BigInt(value));
  return rows.map((r) => {
    const penalty = BigInt(r.arrears) - BigInt(r.arrearsPrincipal) - BigInt(r.arrearsInterest);
    return [
      monthEnd.slice(0, 7),
      toBusinessDate(r.monthEnd) as string,
      r.officeCode,
      String(r.loanId),
      r.cif,
      r.nik ?? '',
      r.clientName,
      'IDR',
      money(r.principal),
      money(r.outstandingPrincipal),
      money(r.arrearsPrincipal),
      money(r.arrearsInterest),
      moneyToDecimal(penalty),
      String(r.daysPastDue),
      String(r.collectibility),
      String(debtorGrade.get(Number(r.clientId)) ?? 1),
      toBusinessDate(r.disbursementDate) as string,
      toBusinessDate(r.maturityDate) as string,
      String(Number(r.annualRateMicro) / 1_000_000),
      CONDITION_WORDS[language][r.status] ?? r.status,
      r.officerName ?? '',
    ];
  });
}

export function monthEndExportHandler(deps: MonthEndExportDeps) {
  return async (req: Request, res: Response) => {
    const userId = await deps.downloads.verify(typeof req.query.token === 'string' ? req.query.token : undefined, MONTH_END_EXPORT_RESOURCE);
    const user = userId ? await deps.dataSource.getRepository(User).findOneBy({ id: userId, active: true }) : null;
    if (!user) throw new UnauthenticatedError();
    if (user.role !== 'MANAGER' && user.role !== 'ADMIN') throw new ForbiddenError('Month-end reports are for managers and admins');
    const monthEnd = typeof req.query.monthEnd === 'string' ? req.query.monthEnd : '';
    if (!isMonthEnd(monthEnd)) throw InputError.field('monthEnd', 'DATE_INVALID', 'monthEnd must be the last day of a month');
    const officeId = typeof req.query.officeId === 'string' && req.query.officeId !== '' ? Number(req.query.officeId) || 0 : null;
    const language = wordLanguage(req.query.lang);
    const rows = await monthEndExportRows(deps, user, monthEnd, officeId, language);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="slik-fasilitas-${monthEnd.slice(0, 7)}.csv"`);
    res.send(`\uFEFF${stringify([MONTH_END_HEADINGS[language], ...rows.map((row) => row.map(spreadsheetCell))], { delimiter: ';' })}`);
  };
}
