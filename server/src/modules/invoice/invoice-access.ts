/**
 * Who reaches which invoices. Receivables follow their client (officers their clients', managers their
 * office tree, admins all, marketing none). Payables are the office's expenses: managers see their
 * office tree's, marketing its own office's (it books campaign costs), officers none, admins all.
 */
import type { SqlCondition, Scope } from '../access/scope.js';
import type { Invoice } from './invoice.entity.js';

const inList = (ids: number[]) => (ids.length === 0 ? '(NULL)' : `(${ids.map(() => '?').join(', ')})`);

export function invoiceReadCondition(scope: Scope, q: (name: string) => string, alias = 'i'): SqlCondition {
  const col = (name: string) => `${alias}.${q(name)}`;
  switch (scope.role) {
    case 'ADMIN':
      return { sql: '1 = 1', params: [] };
    case 'MANAGER':
      return { sql: `${col('officeId')} IN ${inList(scope.officeIds ?? [])}`, params: scope.officeIds ?? [] };
    case 'OFFICER':
      return {
        sql: `(${col('kind')} = 'RECEIVABLE' AND ${col('clientId')} IN (SELECT c.${q('id')} FROM ${q('client')} c WHERE c.${q('officerId')} = ?))`,
        params: [scope.user.id],
      };
    case 'MARKETING':
      return { sql: `(${col('kind')} = 'PAYABLE' AND ${col('officeId')} = ?)`, params: [scope.user.officeId] };
  }
}

/** Whether a viewer reaches an invoice (its client's officer is passed for receivables). */
export function canReadInvoice(scope: Scope, invoice: Pick<Invoice, 'kind' | 'officeId'>, clientOfficerId: number | null): boolean {
  switch (scope.role) {
    case 'ADMIN':
      return true;
    case 'MANAGER':
      return (scope.officeIds ?? []).includes(invoice.officeId);
    case 'OFFICER':
      return invoice.kind === 'RECEIVABLE' && clientOfficerId === scope.user.id;
    case 'MARKETING':
      return invoice.kind === 'PAYABLE' && invoice.officeId === scope.user.officeId;
  }
}

/** Payables marketing books are campaign costs; everything else it may not write. */
export function canWriteInvoice(scope: Scope, invoice: Pick<Invoice, 'kind' | 'officeId' | 'campaignId'>, clientOfficerId: number | null): boolean {
  if (!canReadInvoice(scope, invoice, clientOfficerId)) return false;
  return scope.role !== 'MARKETING' || invoice.campaignId !== null;
}
