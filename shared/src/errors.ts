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
  /** Which rule refused it, finer than `code`, so that the client can word the rule itself. */
  reason?: RefusalReason;
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

/**
 * Why a domain rule refused a request, beside its `code` (on a field error, or as `extensions.reason` on
 * any other error). `params` carry what a sentence about it names; the English `message` stays for API users.
 */
export type RefusalReason =
  /** params: stage — COMMITTEE and WON need an accepted offer. */
  | 'OFFER_NOT_ACCEPTED'
  /** params: missing (document codes), labels (their names, comma separated). */
  | 'DOCUMENTS_MISSING'
  /** A won lead is a client now and stays won. */
  | 'WON_IS_FINAL'
  /** params: min, max, and unit ('percent' or 'months') when the bounds have one. */
  | 'OUT_OF_RANGE'
  /** params: min. */
  | 'TOO_SHORT'
  /** params: status, count, limit — the column is at its hard work-in-progress limit. */
  | 'WIP_LIMIT_REACHED'
  /** The follow-up was already marked done. */
  | 'ALREADY_DONE'
  /** params: status, allowed (statuses, comma separated). */
  | 'OFFER_STATUS'
  /** params: validUntil. */
  | 'OFFER_EXPIRED'
  /** params: code — a document the lead's offer does not ask for. */
  | 'DOCUMENT_NOT_REQUIRED'
  /** The portfolio would go to the officer who already holds it. */
  | 'SAME_OFFICER'
  | 'WRONG_PASSWORD'
  /** params: status — the import was already started or finished. */
  | 'IMPORT_STARTED'
  | 'FILE_UNREADABLE'
  /** An office would sit under itself or an office below it. */
  | 'OFFICE_CYCLE'
  /** A lead is on a lead or on a client: exactly one of the two. */
  | 'ONE_OF_LEAD_OR_CLIENT'
  /** params: column — a column the file does not have. */
  | 'COLUMN_MISSING'
  /** The lead was taken from the pool by someone else first. */
  | 'ALREADY_CLAIMED'
  /** The date has already passed. */
  | 'DATE_PAST'
  /** params: unknown, known — placeholders of a message template, written {{name}}. */
  | 'UNKNOWN_PLACEHOLDER'
  /** params: date, time, zone, from, to — collection contacts are not scheduled on Sundays (POJK 22/2023 art. 62). */
  | 'COLLECTION_SUNDAY'
  /** params: date, time, zone, from, to — only between 08:00 and 20:00 local time. */
  | 'COLLECTION_HOURS'
  /** params: date, time, zone, holiday (its name) — not on national holidays. */
  | 'COLLECTION_HOLIDAY'
  /** params: daysPastDue — a collection case is resolved by the engine when the arrears clear. */
  | 'IN_ARREARS'
  /** The loan has no arrears: its collection case stays resolved. */
  | 'NO_ARREARS'
  /** A complaint's deadline is extended once only. */
  | 'COMPLAINT_EXTENDED'
  /** params: status — the complaint is not in a status that allows it (resolved by its dialog, reopened only when resolved). */
  | 'COMPLAINT_STATUS'
  /** params: days — a resolved complaint is reopened only within this many days of its answer. */
  | 'COMPLAINT_REOPEN_WINDOW'
  /** Whole-rupiah installments cannot repay these terms over the tenor (a tiny amount, or a long tenor at a high rate). */
  | 'UNSCHEDULABLE'
  /** params: date — a loan is not written off before its last posted repayment. */
  | 'WRITE_OFF_BEFORE_REPAYMENT'
  /** A work report a manager has acknowledged is no longer changed. */
  | 'WORK_REPORT_ACKNOWLEDGED'
  /** A work report is acknowledged only once its officer has submitted it. */
  | 'WORK_REPORT_NOT_SUBMITTED'
  /** params: today — a work report is written for a period that has begun. */
  | 'WORK_REPORT_FUTURE'
  /** params: tag — an MT940 statement that cannot be read, or whose balances disagree with its lines. */
  | 'MT940_INVALID'
  /** params: row, column — a statement row whose date or amount cannot be read. */
  | 'STATEMENT_ROW_INVALID'
  /** params: missing (fields, comma separated) — the column mapping lacks a date or an amount. */
  | 'MAPPING_INCOMPLETE'
  /** The statement line's money is already posted; it cannot be matched elsewhere or sent back. */
  | 'ALREADY_POSTED'
  /** The statement line has no proposal to confirm: name an invoice or a loan. */
  | 'NOTHING_PROPOSED'
  /** The statement line has no posted money to send back. */
  | 'NOTHING_POSTED';
