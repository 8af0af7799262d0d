/**
 * The one error mapper of the plain HTTP routes (imports, exports, offer PDFs, the public form), as
 * `graphql/errors.ts` is for GraphQL: a domain error answers its code's status with
 * `{ error: code, message, …details }`; a database outage answers 503 UNAVAILABLE with Retry-After, like
 * GraphQL's UNAVAILABLE. Anything else goes on to `unexpectedErrorHandler` (500, logged with its stack).
 */
import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler } from 'express';
import type { ErrorCode } from '@prospek/shared';
import { isDatabaseUnavailable } from './db/unavailable.js';
import { AppError, RETRY_AFTER_SECONDS, UnavailableError } from './errors.js';
import { logger } from './observability/logger.js';
import { currentRequest } from './observability/request-context.js';

/** The HTTP status of each error code; a new code does not compile until it has one. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  QUERY_TOO_COMPLEX: 400,
  INTERNAL_SERVER_ERROR: 500,
};

export const httpErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  if ((error instanceof AppError && error.code === 'UNAVAILABLE') || isDatabaseUnavailable(error)) {
    noteErrorCode('UNAVAILABLE');
    res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    return void res.status(503).json({ error: 'UNAVAILABLE', message: new UnavailableError().message });
  }
  if (!(error instanceof AppError) || error.code === 'INTERNAL_SERVER_ERROR') return next(error);
  noteErrorCode(error.code);
  res.status(HTTP_STATUS[error.code]).json({ error: error.code, message: error.message, ...error.details });
};

function noteErrorCode(code: string): void {
  const request = currentRequest();
  if (request) request.errorCode = code;
}

/**
 * After the mapper, instead of Express's own handler (which prints the stack as plain text): a fault is
 * logged once with its stack, and the client gets a plain 500 with no internals. Errors carrying a 4xx
 * status (a body that is not JSON, one too large) keep it.
 */
export const unexpectedErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  const given = (error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode;
  const status = typeof given === 'number' && given >= 400 && given < 500 ? given : 500;
  if (status === 500) {
    noteErrorCode('INTERNAL_SERVER_ERROR');
    logger.error({ err: error }, 'Unexpected error in an HTTP route');
  }
  if (res.headersSent) return next(error);
  res
    .status(status)
    .type('text/plain')
    .send(STATUS_CODES[status] ?? 'Error');
};
