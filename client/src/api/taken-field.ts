import type { FieldError } from '@prospek/shared';
import { ApiError } from './client';

/**
 * A `CONFLICT` because a unique value (an email, a code) already belongs to another record, as the
 * field error a form shows beside that field; null for any other error.
 */
export function takenFieldErrors(error: unknown): FieldError[] | null {
  if (!(error instanceof ApiError) || error.code !== 'CONFLICT') return null;
  const current = typeof error.current === 'object' && error.current !== null ? (error.current as { field?: unknown }) : null;
  return typeof current?.field === 'string' ? [{ field: current.field, code: 'NOT_ALLOWED', message: '' }] : null;
}
