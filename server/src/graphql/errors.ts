import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ErrorCode } from '@prospek/shared';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { AppError, RETRY_AFTER_SECONDS, UnavailableError } from '../errors.js';

const PASS_THROUGH = new Set<string>([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function extensionsFor(error: AppError): Record<string, unknown> {
  const code: ErrorCode = error.code;
  switch (code) {
    case 'BAD_USER_INPUT':
      return { code, fieldErrors: error.details.fieldErrors ?? [] };
    case 'CONFLICT':
      return { code, current: error.details.current };
    case 'NOT_FOUND':
      return { code, entity: error.details.entity };
    case 'RATE_LIMITED':
    case 'UNAVAILABLE':
      return { code, retryAfterSeconds: error.details.retryAfterSeconds };
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'INTERNAL_SERVER_ERROR':
      return { code };
    default: {
      const unreachable: never = code;
      return { code: unreachable };
    }
  }
}

/** The one place where thrown errors become the API's error shape. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, extensions: extensionsFor(original) };
  }
  if (original instanceof ArgumentValidationError) {
    const fieldErrors = original.extensions.validationErrors;
    return { message: 'Invalid input', path: formatted.path, extensions: { code: 'BAD_USER_INPUT', fieldErrors } };
  }
  if (isDatabaseUnavailable(original)) {
    // An outage, not a bug: no SQL, no stack, a code the client may retry on.
    const unavailable = new UnavailableError();
    console.warn(`Database unavailable: ${databaseErrorCode(original)}`);
    return { message: unavailable.message, path: formatted.path, extensions: extensionsFor(unavailable) };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) return formatted;
  if (original instanceof GraphQLError && !original.originalError) {
    // Errors graphql-js raises itself (variable coercion, unknown fields) are the client's input.
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  console.error('Unexpected error', original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** The code of the innermost error that has one, for the log line of an outage. */
function databaseErrorCode(error: unknown): string {
  let current = error as { code?: unknown; driverError?: unknown; originalError?: unknown; cause?: unknown } | undefined;
  let code = 'unknown';
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    if (typeof current.code === 'string') code = current.code;
    current = (current.driverError ?? current.originalError ?? current.cause) as typeof current;
  }
  return code;
}

/**
 * For errors thrown while a request's context is built (the signed-in user is read from the database
 * before any resolver runs): an outage answers HTTP 503 with UNAVAILABLE instead of Apollo's 500.
 */
export function rethrowContextError(error: unknown): never {
  if (isDatabaseUnavailable(error)) {
    throw new GraphQLError('The service is briefly unavailable; try again in a moment', {
      originalError: error instanceof Error ? error : undefined,
      extensions: { code: 'UNAVAILABLE', http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) } },
    });
  }
  throw error;
}
