import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import { UnauthenticatedError } from '../../errors.js';
import type { DownloadTokens } from '../auth/token.service.js';
import { User } from '../user/user.entity.js';
import { renderCollectionSheetPdf } from './collection-sheet-pdf.js';
import { collectionSheetResource } from './collection-sheet.service.js';
import type { CollectionSheetService } from './collection-sheet.service.js';

export interface CollectionSheetPdfDeps {
  dataSource: DataSource;
  downloads: DownloadTokens;
  collectionSheets: CollectionSheetService;
}

/**
 * GET /collection-sheet.pdf?officerId=…&date=…&token=… — an officer's sheet of a day to print. The token
 * (from CollectionSheet.pdfUrl) names the user and the sheet; that user must still be active and still
 * reach the officer. Errors go to `http-errors.ts`.
 */
export function collectionSheetPdfHandler(services: CollectionSheetPdfDeps, config: Config) {
  return async (req: Request, res: Response) => {
    const officerId = String(req.query.officerId ?? '');
    const date = String(req.query.date ?? '');
    const token = typeof req.query.token === 'string' ? req.query.token : undefined;
    const userId = /^\d+$/.test(officerId) ? await services.downloads.verify(token, collectionSheetResource(Number(officerId), date)) : null;
    const user = userId ? await services.dataSource.manager.findOneBy(User, { id: userId, active: true }) : null;
    if (!user) throw new UnauthenticatedError('The link has expired; open the collection sheet again');
    const sheet = await services.collectionSheets.sheet(user, officerId, date);
    const pdf = await renderCollectionSheetPdf(config.organizationName, sheet);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="penagihan-${sheet.officer.id}-${sheet.date}.pdf"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(pdf);
  };
}
