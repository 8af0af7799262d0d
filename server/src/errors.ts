/**
 * Domain errors. Services throw these; graphql/errors.ts maps them to `extensions.code` in one place.
 */
import { UNSCHEDULABLE } from '@prospek/shared';
import type { ErrorCode, FieldError, RefusalReason } from '@prospek/shared';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Bad input: names every field that is wrong. Nothing has been written. */
export class InputError extends AppError {
  constructor(readonly fieldErrors: FieldError[]) {
    super('BAD_USER_INPUT', fieldErrors.map((e) => e.message).join('; '), { fieldErrors });
  }

  static field(field: string, code: FieldError['code'], message: string, params?: FieldError['params'], reason?: RefusalReason): InputError {
    return new InputError([{ field, code, message, ...(params ? { params } : {}), ...(reason ? { reason } : {}) }]);
  }
}

/**
 * Runs a schedule computation of the shared loan maths; terms it cannot schedule in whole rupiah are bad
 * input on `field` (reason UNSCHEDULABLE), never an internal error. Thrown before anything is written,
 * or inside the caller's transaction, which it rolls back.
 */
export function scheduleOrRefuse<T>(field: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof RangeError && error.message === UNSCHEDULABLE) {
      throw InputError.field(
        field,
        'INVALID',
        'These terms cannot be scheduled: whole-rupiah installments would repay the loan before its end',
        undefined,
        'UNSCHEDULABLE',
      );
    }
    throw error;
  }
}

/** Details of an error refused by a named rule: the client words `reason` with `params`. */
export function refusal(
  reason: RefusalReason,
  params: Record<string, string | number> = {},
): { reason: RefusalReason; params: Record<string, string | number> } {
  return { reason, params };
}

/** A record that does not exist or lies outside the caller's reach: both answer the same. */
export class NotFoundError extends AppError {
  constructor(entity: string, id: string | number) {
    super('NOT_FOUND', `${entity} ${id} not found`, { entity, id: String(id) });
  }
}

/** A write named a version that is no longer current; carries the record as it is now. */
export class ConflictError extends AppError {
  constructor(entity: string, current: unknown) {
    super('CONFLICT', `${entity} was changed by someone else; reload and try again`, { entity, current });
  }
}

/**
 * A value that must be unique already belongs to another record. `existing` names that record (its id
 * and what identifies it to a person) only when the caller may see it; the field is always named.
 */
export class DuplicateError extends AppError {
  constructor(entity: string, field: string, existing: Record<string, unknown> | null, message?: string) {
    super('CONFLICT', message ?? `Another ${entity} already has this ${field}`, { entity, field, current: existing ? { ...existing, field } : null });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in first') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Not allowed') {
    super('FORBIDDEN', message);
  }
}

/** Seconds a client should wait before retrying a request that met an outage. */
export const RETRY_AFTER_SECONDS = 2;

/** The database (or another dependency) is briefly away; nothing was done, and a retry may succeed. */
export class UnavailableError extends AppError {
  constructor(message = 'The service is briefly unavailable; try again in a moment') {
    super('UNAVAILABLE', message, { retryAfterSeconds: RETRY_AFTER_SECONDS });
  }
}

/** Which limit an operation went over (see graphql/query-limits.ts). */
export type QueryLimit = 'depth' | 'aliases' | 'directives' | 'tokens' | 'cost';

/** An operation refused before it ran because it is too big; nothing was read or written. */
export class QueryTooComplexError extends AppError {
  constructor(
    readonly limit: QueryLimit,
    readonly max: number,
    message: string,
  ) {
    super('QUERY_TOO_COMPLEX', message, { limit, max });
  }
}
