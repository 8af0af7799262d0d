import express from 'express';
import type { Request, Response, Router } from 'express';
import { InputError, UnauthenticatedError } from '../../errors.js';
import type { AuthService } from '../auth/auth.service.js';
import { bearerToken } from '../auth/token.service.js';
import { MAX_UPLOAD_BYTES } from '../lead-import/lead-import.routes.js';
import { parseId } from '../write-context.js';
import type { BankStatementService } from './bank-statement.service.js';
import type { StatementField } from './statement-parse.js';

export interface BankStatementRouteDeps {
  auth: AuthService;
  bankStatements: BankStatementService;
}

function mappingOf(value: unknown): Partial<Record<StatementField, string | null>> | null {
  if (typeof value !== 'string' || value === '') return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && Object.values(parsed).every((v) => v === null || typeof v === 'string'))
      return parsed as Partial<Record<StatementField, string | null>>;
  } catch {
    // reported below
  }
  throw InputError.field('mapping', 'INVALID', 'mapping must be a JSON object of field to column heading');
}

/**
 * POST /api/bank-statements?fileName=…&officeId=…&account=…&mapping={json} with the file as the body
 * (CSV, XLSX or MT940) and the bearer token (managers and admins): stores its new lines and starts
 * matching them (201 with the statement). With `preview=1` nothing is stored: a table's headings,
 * suggested mapping and first rows come back for the mapping step (`format: MT940` needs none).
 * Errors go to `http-errors.ts`.
 */
export function bankStatementRouter(services: BankStatementRouteDeps): Router {
  const router = express.Router();
  router.post('/', express.raw({ type: () => true, limit: MAX_UPLOAD_BYTES }), async (req: Request, res: Response) => {
    const user = await services.auth.userForToken(bearerToken(req.headers.authorization));
    if (!user) throw new UnauthenticatedError();
    const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (data.length === 0) throw InputError.field('file', 'REQUIRED', 'Send the statement file as the request body');
    const text = (key: string) => (typeof req.query[key] === 'string' ? (req.query[key] as string) : null);
    const request = {
      fileName: text('fileName') ?? 'statement.csv',
      data,
      officeId: parseId('officeId', text('officeId')),
      account: text('account'),
      mapping: mappingOf(req.query.mapping),
    };
    if (text('preview') === '1') {
      const preview = await services.bankStatements.preview(user, request);
      res.json(preview ? { format: 'CSV', ...preview } : { format: 'MT940', headers: [], mapping: {}, rows: [] });
      return;
    }
    const { statement } = await services.bankStatements.upload(user, request);
    res.status(201).json({
      id: String(statement.id),
      status: statement.status,
      format: statement.format,
      account: statement.account,
      periodFrom: statement.periodFrom,
      periodTo: statement.periodTo,
      lineCount: statement.lineCount,
      duplicateCount: statement.duplicateCount,
    });
  });
  return router;
}
