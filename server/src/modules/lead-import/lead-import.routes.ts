import express from 'express';
import type { Request, Response, Router } from 'express';
import { AppError } from '../../errors.js';
import type { Services } from '../../services.js';
import { bearerToken } from '../auth/token.service.js';
import { User } from '../user/user.entity.js';

export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/**
 * POST /imports?fileName=…&campaignId=…&officeId=… with the file as the body (CSV or XLSX) and the
 * bearer token: stores it and answers its id, headings, suggested mapping and first rows.
 * GET /imports/:id/rejected.csv?token=… the refused rows with their reasons.
 */
export function leadImportRouter(services: Services): Router {
  const router = express.Router();
  const fail = (res: Response, error: unknown) => {
    if (error instanceof AppError) {
      const status = error.code === 'BAD_USER_INPUT' ? 400 : error.code === 'NOT_FOUND' ? 404 : error.code === 'FORBIDDEN' ? 403 : 401;
      return void res.status(status).json({ error: error.code, message: error.message, ...error.details });
    }
    throw error;
  };

  router.post('/', express.raw({ type: () => true, limit: MAX_UPLOAD_BYTES }), async (req: Request, res: Response) => {
    const user = await services.auth.userForToken(bearerToken(req.headers.authorization));
    if (!user) return void res.status(401).json({ error: 'UNAUTHENTICATED' });
    try {
      const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const number = (value: unknown) => (typeof value === 'string' && value !== '' ? Number(value) : null);
      const leadImport = await services.leadImports.upload(user, {
        fileName: typeof req.query.fileName === 'string' ? req.query.fileName : 'upload.csv',
        data,
        campaignId: number(req.query.campaignId),
        officeId: number(req.query.officeId),
      });
      res.status(201).json({
        id: String(leadImport.id),
        fileName: leadImport.fileName,
        totalRows: leadImport.totalRows,
        headers: JSON.parse(leadImport.headersJson),
        mapping: JSON.parse(leadImport.mappingJson ?? '{}'),
        preview: await services.leadImports.previewRows(leadImport),
      });
    } catch (error) {
      fail(res, error);
    }
  });

  router.get('/:id/rejected.csv', async (req: Request, res: Response) => {
    const id = String(req.params.id);
    const userId = await services.downloads.verify(typeof req.query.token === 'string' ? req.query.token : undefined, `import:${id}`);
    const user = userId ? await services.dataSource.getRepository(User).findOneBy({ id: userId, active: true }) : null;
    if (!user) return void res.status(401).json({ error: 'UNAUTHENTICATED' });
    try {
      const { fileName, csv } = await services.leadImports.rejectedCsv(user, id);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`);
      res.send(csv);
    } catch (error) {
      fail(res, error);
    }
  });

  return router;
}
