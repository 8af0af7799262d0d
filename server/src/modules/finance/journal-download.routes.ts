import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { UnauthenticatedError } from '../../errors.js';
import type { DownloadTokens } from '../auth/token.service.js';
import { User } from '../user/user.entity.js';
import { journalResource } from './finance.resolver.js';
import type { FinanceService } from './finance.service.js';

export interface JournalDownloadDeps {
  dataSource: DataSource;
  downloads: DownloadTokens;
  finance: FinanceService;
}

/**
 * GET /exports/journal.csv?month=…&officeId=…&token=… — the month's journal lines. The token (from
 * journalExport.url) names the user, who must still be active and still reach the office.
 */
export function journalCsvHandler(deps: JournalDownloadDeps) {
  return async (req: Request, res: Response) => {
    const month = String(req.query.month ?? '');
    const officeId = typeof req.query.officeId === 'string' && req.query.officeId ? req.query.officeId : null;
    const userId = await deps.downloads.verify(typeof req.query.token === 'string' ? req.query.token : undefined, journalResource(month, officeId));
    const user = userId ? await deps.dataSource.manager.findOneBy(User, { id: userId, active: true }) : null;
    if (!user) throw new UnauthenticatedError('The link has expired; export the journal again');
    const journal = await deps.finance.journal(user, month, officeId);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="jurnal-${month}.csv"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(journal.csv);
  };
}
