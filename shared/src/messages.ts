import type { ActivityType, NotificationType } from './enums.js';

/**
 * What each kind of notification says, as data, so that every reader sees it in their own language.
 * Names of people, leads and tasks are data and stay as they were written.
 */
export interface NotificationParamsByType {
  /** One lead handed to the user, or a whole portfolio (counts) handed over. */
  LEAD_ASSIGNED: { lead: string } | { leads: number; clients: number };
  /** `name` is the lead's or client's, empty when the follow-up has neither. */
  FOLLOW_UP_DUE: { activityType: ActivityType; name: string };
  /** `lead` is the name when only one lead is idle. */
  LEAD_STALE: { count: number; lead: string | null };
  TASK_ASSIGNED: { task: string };
  MENTION: { actor: string; task: string };
  /** A promise to pay passed its date unkept: the client's name, the amount (a Money decimal string) and the date. */
  PROMISE_BROKEN: { client: string; amount: string; date: string };
  /** A complaint is two working days (or fewer) from its deadline: whose it is, and the deadline. */
  COMPLAINT_WARNING: { name: string; dueDate: string; daysLeft: number };
  /** A complaint passed its deadline unanswered. */
  COMPLAINT_BREACHED: { name: string; dueDate: string };
  /** An officer submitted their work report of a period (business dates). */
  REPORT_SUBMITTED: { officer: string; from: string; to: string };
  /** A manager acknowledged the officer's work report of a period. */
  REPORT_ACKNOWLEDGED: { manager: string; from: string; to: string };
}

export type NotificationParams = NotificationParamsByType[NotificationType];

/** Why an imported row is refused. */
export const IMPORT_REASON_CODES = [
  'NAME_EMPTY',
  'NAME_TOO_LONG',
  'PHONE_INVALID',
  'NIK_INVALID',
  'NO_CONTACT',
  'AMOUNT_INVALID',
  'EMAIL_INVALID',
  'SOURCE_UNKNOWN',
  'SEGMENT_UNKNOWN',
  'PHONE_EXISTS',
  'NIK_EXISTS',
  // Loans of an existing book.
  'LOAN_NUMBER_EMPTY',
  'LOAN_NUMBER_TOO_LONG',
  'LOAN_NUMBER_EXISTS',
  'CLIENT_EMPTY',
  'CLIENT_UNKNOWN',
  'PRODUCT_UNKNOWN',
  'OFFICER_UNKNOWN',
  'RATE_INVALID',
  'TENOR_INVALID',
  'METHOD_UNKNOWN',
  'DISBURSEMENT_DATE_INVALID',
  'FIRST_DUE_DATE_INVALID',
  'PAID_INVALID',
  'TERMS_UNSCHEDULABLE',
] as const;
export type ImportReasonCode = (typeof IMPORT_REASON_CODES)[number];

/** One reason with what it is about: the cell's value as written, or the limit it passes. */
export interface ImportReason {
  code: ImportReasonCode;
  value?: string;
  max?: number;
}
