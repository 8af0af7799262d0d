import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ErrorCode } from '@prospek/shared';
import { AppError } from '../errors.js';
import { tokenLimitError } from './query-limits.js';

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
      return { code, retryAfterSeconds: error.details.retryAfterSeconds };
    case 'QUERY_TOO_COMPLEX':
      return { code, limit: error.details.limit, max: error.details.max };
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
  const unwrapped = unwrapResolverError(error);
  // Refusals raised before execution (limit rules, plugins) carry their AppError as the original error.
  const original = unwrapped instanceof GraphQLError && unwrapped.originalError instanceof AppError ? unwrapped.originalError : (tokenLimitError(unwrapped) ?? unwrapped);
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, extensions: extensionsFor(original) };
  }
  if (original instanceof ArgumentValidationError) {
    const fieldErrors = original.extensions.validationErrors;
    return { message: 'Invalid input', path: formatted.path, extensions: { code: 'BAD_USER_INPUT', fieldErrors } };
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
