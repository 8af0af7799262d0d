/**
 * GET /exports/complaints.csv?token=…&from=…&to=…[&officeId=…] — the period's complaints in the
 * regulator-report columns, as a file the browser downloads. The token (from `complaintReportCsvUrl`)
 * names the user; their reach decides the rows, as for the report on screen.
 */
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { UnauthenticatedError } from '../../errors.js';
import type { DownloadTokens } from '../auth/token.service.js';
import { User } from '../user/user.entity.js';
import { complaintCsv } from './complaint-report.js';
import type { ComplaintReportService } from './complaint-report.js';

export const COMPLAINT_EXPORT_RESOURCE = 'export:complaints';

export interface ComplaintExportDeps {
  dataSource: DataSource;
  downloads: DownloadTokens;
  reports: ComplaintReportService;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function complaintCsvHandler(deps: ComplaintExportDeps) {
  return async (req: Request, res: Response) => {
    const userId = await deps.downloads.verify(text(req.query.token) || undefined, COMPLAINT_EXPORT_RESOURCE);
    const user = userId ? await deps.dataSource.getRepository(User).findOneBy({ id: userId, active: true }) : null;
    if (!user || user.role === 'MARKETING') throw new UnauthenticatedError();
    const from = text(req.query.from);
    const to = text(req.query.to);
    const views = await deps.reports.complaintsOf(user, from, to, text(req.query.officeId) || null);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="pengaduan-${from}-${to}.csv"`);
    res.send(`\uFEFF${complaintCsv(views)}`);
  };
}
