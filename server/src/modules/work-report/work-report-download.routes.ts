import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import { UnauthenticatedError } from '../../errors.js';
import type { DownloadTokens } from '../auth/token.service.js';
import { User } from '../user/user.entity.js';
import { workReportCsv } from './work-report-csv.js';
import { renderWorkReportPdf } from './work-report-pdf.js';
import { workReportResource } from './work-report.resolver.js';
import type { WorkReportData, WorkReportService } from './work-report.service.js';
import type { WorkReportKind } from './work-report.entity.js';

export interface WorkReportDownloadDeps {
  dataSource: DataSource;
  downloads: DownloadTokens;
  workReports: WorkReportService;
}

/** The report a signed link names; its user must still be active and still reach the officer. */
async function reportOf(deps: WorkReportDownloadDeps, req: Request): Promise<WorkReportData> {
  const officerId = String(req.query.officerId ?? '');
  const kind = String(req.query.kind ?? '') as WorkReportKind;
  const date = String(req.query.date ?? '');
  const token = typeof req.query.token === 'string' ? req.query.token : undefined;
  const userId = await deps.downloads.verify(token, workReportResource(officerId, kind, date));
  const user = userId ? await deps.dataSource.manager.findOneBy(User, { id: userId, active: true }) : null;
  if (!user) throw new UnauthenticatedError('The link has expired; open the work report again');
  return deps.workReports.get(user, officerId, kind, date);
}

const fileName = (report: WorkReportData, extension: string) => `laporan-kerja-${report.officer.id}-${report.from}.${extension}`;

/** GET /work-reports/report.pdf?officerId=…&kind=…&date=…&token=… — the report on A4. Errors go to `http-errors.ts`. */
export function workReportPdfHandler(deps: WorkReportDownloadDeps, config: Config) {
  return async (req: Request, res: Response) => {
    const report = await reportOf(deps, req);
    const pdf = await renderWorkReportPdf(config.organizationName, report);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `${req.query.download ? 'attachment' : 'inline'}; filename="${fileName(report, 'pdf')}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(pdf);
  };
}

/** GET /work-reports/report.csv?… — the same report, one figure a line. */
export function workReportCsvHandler(deps: WorkReportDownloadDeps) {
  return async (req: Request, res: Response) => {
    const report = await reportOf(deps, req);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${fileName(report, 'csv')}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(workReportCsv(report));
  };
}
