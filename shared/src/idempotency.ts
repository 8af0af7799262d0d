/**
 * The `Idempotency-Key` contract: a client names one attempt at a create (or, later, a money movement)
 * with a fresh key and sends the same key when it retries that attempt; the server runs it once and
 * replays the first successful answer.
 */

/** The request header, as Node and the Fetch API spell header names (lower case). */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;

/** Printable ASCII (space to tilde), 1–255 characters: a UUID fits, and nothing a proxy could alter. */
export function isIdempotencyKey(value: string): boolean {
  return value.length >= 1 && value.length <= IDEMPOTENCY_KEY_MAX_LENGTH && /^[\x20-\x7e]+$/.test(value);
}

/**
 * The mutations that honour the header (on the server each is marked `@Idempotent()` beside its
 * resolver; a test checks that both lists agree). The web client sends a key with these and retries
 * them after a network failure; other mutations are never retried blindly.
 */
export const IDEMPOTENT_MUTATIONS = [
  'createLead',
  'createClient',
  'createProduct',
  'createOffice',
  'createUser',
  'createCampaign',
  'createTask',
  'commentTask',
  'createMessageTemplate',
  'scheduleActivity',
  'logActivity',
  'completeActivity',
  'createOffer',
  'importLeads',
  'importLoans',
  'disburseLoan',
  'postRepayment',
  'restructureLoan',
  'writeOffLoan',
  'createInvoice',
  'recordPayment',
  'reversePayment',
  'reverseRepayment',
  'confirmStatementMatch',
  'unmatchStatementLine',
  'createComplaint',
] as const;
export type IdempotentMutation = (typeof IDEMPOTENT_MUTATIONS)[number];
