import express from 'express';
import type { Request, Response, Router } from 'express';
import type { DataSource } from 'typeorm';
import { UnauthenticatedError } from '../../errors.js';
import type { AuthService } from '../auth/auth.service.js';
import { bearerToken } from '../auth/token.service.js';
import type { DownloadTokens } from '../auth/token.service.js';
import { User } from '../user/user.entity.js';
import type { LeadImportService } from './lead-import.service.js';
import type { LoanImportService } from '../loan-import/loan-import.service.js';

export interface LeadImportRouteDeps {
  auth: AuthService;
  dataSource: DataSource;
  downloads: DownloadTokens;
  leadImports: LeadImportService;
  loanImports: LoanImportService;
}

export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/**
 * POST /imports?fileName=…&campaignId=…&officeId=… with the file as the body (CSV or XLSX) and the
 * bearer token: stores it and answers its id, headings, suggested mapping and first rows. With `kind=LOANS`
 * the file is an existing loan book (managers and admins), its mapping of loan fields.
 * GET /imports/:id/rejected.csv?token=… the refused rows with their reasons.
 * Errors go to `http-errors.ts`.
 */
export function leadImportRouter(services: LeadImportRouteDeps): Router {
  const router = express.Router();

  router.post('/', express.raw({ type: () => true, limit: MAX_UPLOAD_BYTES }), async (req: Request, res: Response) => {
    const user = await services.auth.userForToken(bearerToken(req.headers.authorization));
    if (!user) throw new UnauthenticatedError();
    const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const number = (value: unknown) => (typeof value === 'string' && value !== '' ? Number(value) : null);
    const fileName = typeof req.query.fileName === 'string' ? req.query.fileName : 'upload.csv';
    const leadImport =
      req.query.kind === 'LOANS'
        ? await services.loanImports.upload(user, { fileName, data })
        : await services.leadImports.upload(user, { fileName, data, campaignId: number(req.query.campaignId), officeId: number(req.query.officeId) });
    res.status(201).json({
      id: String(leadImport.id),
      kind: leadImport.kind,
      fileName: leadImport.fileName,
      totalRows: leadImport.totalRows,
      headers: JSON.parse(leadImport.headersJson),
      mapping: JSON.parse(leadImport.mappingJson ?? '{}'),
      preview: await services.leadImports.previewRows(leadImport),
    });
  });

  router.get('/:id/rejected.csv', async (req: Request, res: Response) => {
    const id = String(req.params.id);
    const userId = await services.downloads.verify(typeof req.query.token === 'string' ? req.query.token : undefined, `import:${id}`);
    const user = userId ? await services.dataSource.getRepository(User).findOneBy({ id: userId, active: true }) : null;
    if (!user) throw new UnauthenticatedError();
    const { fileName, csv } = await services.leadImports.rejectedCsv(user, id);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`);
    res.send(csv);
  });

  return router;
}
