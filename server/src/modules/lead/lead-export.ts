import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { stringify } from 'csv-stringify/sync';
import writeXlsxFile from 'write-excel-file/node';
import { LEAD_SOURCES, LEAD_WORDS, SEGMENTS, businessDate, businessDateTime, formatRupiah, moneyToDecimal, wordLanguage } from '@prospek/shared';
import type { LeadFilter, LeadSource, Segment, WordLanguage } from '@prospek/shared';
import { UnauthenticatedError } from '../../errors.js';
import type { DownloadTokens } from '../auth/token.service.js';
import { Office } from '../office/office.entity.js';
import { User } from '../user/user.entity.js';
import type { LeadBoardService } from './lead-board.service.js';
import type { Lead } from './lead.entity.js';
import { spreadsheetCell } from './spreadsheet-cell.js';

/** The headings of an export in each language; the import recognises both (import-parse.ts). */
export const EXPORT_HEADINGS: Record<WordLanguage, string[]> = {
  id: [
    'ID',
    'Nama',
    'Usaha',
    'Telepon',
    'WhatsApp',
    'Email',
    'NIK',
    'Sumber',
    'Segmen',
    'Perkiraan (Rp)',
    'Tahap',
    'AO',
    'Kantor',
    'Kampanye',
    'Tindak lanjut',
    'Dibuat',
  ],
  en: [
    'ID',
    'Name',
    'Company',
    'Phone',
    'WhatsApp',
    'Email',
    'NIK',
    'Source',
    'Segment',
    'Amount (Rp)',
    'Stage',
    'Officer',
    'Office',
    'Campaign',
    'Next action',
    'Created',
  ],
};
const AMOUNT_COLUMN = 9;

/** The filter of an export link (?owner=&segment=&source=&q=&campaign=&pool=1), as the board's URL keeps it. */
export function filterFromQuery(query: Request['query']): LeadFilter {
  const one = (key: string) => (typeof query[key] === 'string' && query[key] !== '' ? (query[key] as string) : null);
  const segment = one('segment');
  const source = one('source');
  return {
    ownerId: one('owner'),
    segment: segment && (SEGMENTS as readonly string[]).includes(segment) ? (segment as Segment) : null,
    source: source && (LEAD_SOURCES as readonly string[]).includes(source) ? (source as LeadSource) : null,
    search: one('q'),
    campaignId: one('campaign'),
    unassigned: one('pool') === '1',
  };
}

export interface LeadExportDeps {
  dataSource: DataSource;
  downloads: DownloadTokens;
  leadBoard: LeadBoardService;
  clock: () => Date;
}

/**
 * GET /exports/leads.csv|xlsx?token=…&<filter>&lang=id|en — every lead the user may see under the filter
 * (the visible board, all of it), as CSV (UTF-8 with BOM, ; for Indonesian Excel) or XLSX. Stages,
 * sources and segments are written in words of the asked language (Indonesian unless `lang=en`). Errors
 * go to `http-errors.ts`.
 */
export function leadExportHandler(services: LeadExportDeps) {
  return async (req: Request, res: Response) => {
    const format = req.params.format === 'xlsx' ? 'xlsx' : 'csv';
    const userId = await services.downloads.verify(typeof req.query.token === 'string' ? req.query.token : undefined, 'export:leads');
    const user = userId ? await services.dataSource.getRepository(User).findOneBy({ id: userId, active: true }) : null;
    if (!user) throw new UnauthenticatedError();
    const filter = filterFromQuery(req.query);
    const language = wordLanguage(req.query.lang);
    const words = LEAD_WORDS[language];
    const headings = EXPORT_HEADINGS[language];
    const leads: Lead[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await services.leadBoard.list(user, filter, 100, after);
      leads.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const users = new Map((await services.dataSource.getRepository(User).find({ select: { id: true, name: true } })).map((u) => [u.id, u.name]));
    const allOffices = await services.dataSource.getRepository(Office).find();
    const offices = new Map(allOffices.map((o) => [o.id, o.name]));
    // Times as the reader's office keeps them.
    const zone = allOffices.find((o) => o.id === user.officeId)?.timeZone;
    const campaigns = new Map<number, string>(
      ((await services.dataSource.query('SELECT id, name FROM campaign')) as Array<{ id: number; name: string }>).map((c) => [Number(c.id), c.name]),
    );
    const rows = leads.map((l) => [
      String(l.id),
      l.fullName,
      l.companyName ?? '',
      l.phone ?? '',
      l.whatsapp ?? '',
      l.email ?? '',
      l.nik ?? '',
      words.sources[l.source],
      l.segment ? words.segments[l.segment] : '',
      format === 'csv' ? formatRupiah(l.estimatedAmount).replace(/^Rp /, '') : moneyToDecimal(l.estimatedAmount),
      words.stages[l.stage],
      l.ownerId ? (users.get(l.ownerId) ?? '') : '',
      offices.get(l.officeId) ?? '',
      l.campaignId ? (campaigns.get(l.campaignId) ?? '') : '',
      l.nextActionAt ? businessDateTime(l.nextActionAt, zone) : '',
      businessDateTime(l.createdAt, zone),
    ]);
    const name = `prospek-${businessDate(services.clock(), zone)}`;
    if (format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
      return void res.send(`\uFEFF${stringify([headings, ...rows.map((row) => row.map(spreadsheetCell))], { delimiter: ';' })}`);
    }
    const amountColumn = AMOUNT_COLUMN;
    const sheet = [
      headings.map((value) => ({ value, fontWeight: 'bold' as const })),
      ...rows.map((row) => row.map((value, i) => (i === amountColumn ? { value: Number(value), type: Number, format: '#,##0' } : { value }))),
    ];
    const buffer = await writeXlsxFile(sheet).toBuffer();
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="${name}.xlsx"`);
    res.send(buffer);
  };
}
