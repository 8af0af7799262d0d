/** The `extensions.code` values the API answers with. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  /** A dependency (the database) is briefly away; the same request may be retried. */
  'UNAVAILABLE',
  /** An operation over the depth, alias, directive, token or cost limits, refused before it ran. */
  'QUERY_TOO_COMPLEX',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why one input field was refused; `code` is stable so the client can say it in its language. */
export interface FieldError {
  field: string;
  code: FieldErrorCode;
  message: string;
  /** Values the message refers to (a limit, a range). */
  params?: Record<string, string | number>;
}

export type FieldErrorCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'INVALID'
  | 'PHONE_INVALID'
  | 'NIK_INVALID'
  | 'NIK_BIRTH_DATE_MISMATCH'
  | 'EMAIL_INVALID'
  | 'AMOUNT_INVALID'
  | 'AMOUNT_NOT_POSITIVE'
  | 'AMOUNT_NEGATIVE'
  | 'DATE_INVALID'
  | 'NOT_ALLOWED'
  /** Another open record already holds this value; `params` name it when the caller may see it. */
  | 'DUPLICATE';
