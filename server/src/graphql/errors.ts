import { GraphQLError, getNullableType, isEnumType, isListType, isObjectType, isScalarType } from 'graphql';
import type { GraphQLFormattedError, GraphQLOutputType, GraphQLSchema } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { moneyToDecimal } from '@prospek/shared';
import type { ErrorCode } from '@prospek/shared';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { uniqueViolation } from '../db/unique-violation.js';
import { AppError, RETRY_AFTER_SECONDS, UnavailableError } from '../errors.js';
import { tokenLimitError } from './query-limits.js';
import { logger } from '../observability/logger.js';

const PASS_THROUGH = new Set<string>([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * A record as the API would answer it: an entity is read through its GraphQL object type (Money as a
 * decimal string, dates as ISO strings, computed fields included, columns the API does not expose left
 * out); a plain object (a board card) is already in that shape.
 */
export function toWire(value: unknown, type: GraphQLOutputType | null, depth = 0): unknown {
  if (value === null || value === undefined || depth > 3) return null;
  const nullable = type ? getNullableType(type) : null;
  if (nullable && isListType(nullable)) return Array.isArray(value) ? value.map((item) => toWire(item, nullable.ofType, depth + 1)) : null;
  if (nullable && isScalarType(nullable)) return nullable.serialize(value);
  if (nullable && isEnumType(nullable)) return value;
  if (nullable && isObjectType(nullable) && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(nullable.getFields())) {
      if (field.args.length > 0 || record[name] === undefined) continue;
      out[name] = toWire(record[name], field.type, depth + 1);
    }
    return out;
  }
  return plainWire(value);
}

/** JSON-safe without a type: bigints are Money (the only bigints the domain has), dates ISO strings. */
function plainWire(value: unknown): unknown {
  if (typeof value === 'bigint') return moneyToDecimal(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plainWire);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plainWire(item)]));
  return value;
}

function currentRecord(schema: GraphQLSchema | null, entity: unknown, current: unknown): unknown {
  if (current === null || typeof current !== 'object' || Object.getPrototypeOf(current) === Object.prototype) return plainWire(current);
  const type = schema && typeof entity === 'string' ? schema.getType(entity) : null;
  return type && isObjectType(type) ? toWire(current, type) : plainWire(current);
}

/** The rule that refused the request and what a sentence about it names, when the error says. */
function reasonOf(error: AppError): Record<string, unknown> {
  const { reason, params } = error.details;
  return typeof reason === 'string' ? { reason, params: params ?? {} } : {};
}

function extensionsFor(error: AppError, schema: GraphQLSchema | null): Record<string, unknown> {
  return { ...extensionsForCode(error, schema), ...reasonOf(error) };
}

function extensionsForCode(error: AppError, schema: GraphQLSchema | null): Record<string, unknown> {
  const code: ErrorCode = error.code;
  switch (code) {
    case 'BAD_USER_INPUT':
      return { code, fieldErrors: error.details.fieldErrors ?? [] };
    case 'CONFLICT':
      return {
        code,
        current: currentRecord(schema, error.details.entity, error.details.current),
        ...(typeof error.details.field === 'string' ? { field: error.details.field } : {}),
      };
    case 'NOT_FOUND':
      return { code, entity: error.details.entity };
    case 'RATE_LIMITED':
      return { code, retryAfterSeconds: error.details.retryAfterSeconds, ...(error.details.limit ? { limit: error.details.limit } : {}) };
    case 'UNAVAILABLE':
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
export function errorFormatter(schema: GraphQLSchema | null): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => formatWith(schema, formatted, error);
}

/** The same mapping for errors raised outside an operation, where no record type is at hand. */
export const formatError = errorFormatter(null);

function formatWith(schema: GraphQLSchema | null, formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  // Refusals raised before execution (limit rules, plugins) carry their AppError as the original error.
  const original =
    unwrapped instanceof GraphQLError && unwrapped.originalError instanceof AppError ? unwrapped.originalError : (tokenLimitError(unwrapped) ?? unwrapped);
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, extensions: extensionsFor(original, schema) };
  }
  if (original instanceof ArgumentValidationError) {
    const fieldErrors = original.extensions.validationErrors;
    return { message: 'Invalid input', path: formatted.path, extensions: { code: 'BAD_USER_INPUT', fieldErrors } };
  }
  if (isDatabaseUnavailable(original)) {
    // An outage, not a bug: no SQL, no stack, a code the client may retry on.
    const unavailable = new UnavailableError();
    logger.warn({ dbCode: databaseErrorCode(original) }, `Database unavailable: ${databaseErrorCode(original)}`);
    return { message: unavailable.message, path: formatted.path, extensions: extensionsFor(unavailable, schema) };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) return formatted;
  if (original instanceof GraphQLError && !original.originalError) {
    // Errors graphql-js raises itself (variable coercion, unknown fields) are the client's input.
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  const duplicate = uniqueViolation(original);
  if (duplicate) {
    // A unique index refused a write that no service maps to its field: still the caller's conflict,
    // logged so that the key gets its mapping.
    logger.warn({ index: duplicate.index ?? duplicate.columns?.join(', ') }, 'Unmapped duplicate key');
    return { message: 'A record with this value already exists', path: formatted.path, extensions: { code: 'CONFLICT', current: null } };
  }
  logger.error({ err: original }, 'Unexpected error');
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
