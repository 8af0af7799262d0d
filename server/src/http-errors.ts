/**
 * The last error handler of the plain HTTP routes (imports, exports, offer PDFs, the public form): a
 * database outage answers 503 UNAVAILABLE with Retry-After, like GraphQL's UNAVAILABLE. Anything else
 * goes on to Express's own handler.
 */
import type { ErrorRequestHandler } from 'express';
import { isDatabaseUnavailable } from './db/unavailable.js';
import { AppError, RETRY_AFTER_SECONDS, UnavailableError } from './errors.js';

export const httpErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  const unavailable = (error instanceof AppError && error.code === 'UNAVAILABLE') || isDatabaseUnavailable(error);
  if (!unavailable || res.headersSent) return next(error);
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  res.status(503).json({ error: 'UNAVAILABLE', message: new UnavailableError().message });
};
