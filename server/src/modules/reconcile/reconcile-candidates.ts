/**
 * The open items a statement's lines may pay, read in a few statements for the whole office tree of
 * the statement: issued receivables and payables with what they still owe, active loans with what
 * is due (arrears, or else the next installment), and the clients whose names a remark may carry.
 */
import type { EntityManager } from 'typeorm';
import { referenceKey, virtualAccountOf } from '@prospek/shared';
import { toBusinessDate } from '../../db/columns.js';
import type { Dialect } from '../../db/sql.js';
import type { KnownClient, OpenItem } from './reconcile-rules.js';

type Id = number | string;
const inList = (ids: number[]) => `(${ids.map(() => '?').join(', ')})`;

/** A person's choice: one invoice or one loan, checked to be open in the offices. */
export interface OnlyTarget {
  kind: 'INVOICE' | 'LOAN';
  id: number;
}

export async function loadCandidates(
  manager: EntityManager,
  dialect: Dialect,
  officeIds: number[],
  only: OnlyTarget | null = null,
  anyStatus = false,
): Promise<{ items: OpenItem[]; clients: KnownClient[] }> {
  const q = dialect.id;
  const offices = inList(officeIds);
  const pick = (kind: OnlyTarget['kind'], alias: string) =>
    only === null ? '' : only.kind === kind ? ` AND ${alias}.${q('id')} = ${Number(only.id)}` : ' AND 1 = 0';
  const [invoices, loans, clients]: [
    Array<{
      id: Id;
      kind: string;
      number: string;
      clientId: Id | null;
      supplierName: string | null;
      total: Id;
      amountPaid: Id;
      dueDate: Date | string;
      clientName: string | null;
      officerId: Id | null;
    }>,
    Array<{ id: Id; clientId: Id; externalNumber: string | null; arrears: Id; officerId: Id | null; clientName: string }>,
    Array<{ id: Id; name: string; officerId: Id | null }>,
  ] = await Promise.all([
    manager.query(
      `SELECT i.${q('id')}, i.${q('kind')}, i.${q('number')}, i.${q('clientId')}, i.${q('supplierName')}, i.${q('total')}, i.${q('amountPaid')}, i.${q('dueDate')}, ` +
        `c.${q('name')} AS ${q('clientName')}, c.${q('officerId')} AS ${q('officerId')} FROM ${q('invoice')} i LEFT JOIN ${q('client')} c ON c.${q('id')} = i.${q('clientId')} ` +
        `WHERE i.${q('status')} IN ${anyStatus ? "('ISSUED', 'PARTIALLY_PAID', 'PAID')" : "('ISSUED', 'PARTIALLY_PAID')"} AND i.${q('officeId')} IN ${offices}${pick('INVOICE', 'i')}`,
      officeIds,
    ),
    manager.query(
      `SELECT l.${q('id')}, l.${q('clientId')}, l.${q('externalNumber')}, l.${q('arrears')}, l.${q('officerId')}, c.${q('name')} AS ${q('clientName')} ` +
        `FROM ${q('loan')} l JOIN ${q('client')} c ON c.${q('id')} = l.${q('clientId')} WHERE l.${q('status')} IN ${anyStatus ? "('ACTIVE', 'RESTRUCTURED', 'CLOSED')" : "('ACTIVE', 'RESTRUCTURED')"} AND l.${q('officeId')} IN ${offices}${pick('LOAN', 'l')}`,
      officeIds,
    ),
    only ? [] : manager.query(`SELECT ${q('id')}, ${q('name')}, ${q('officerId')} FROM ${q('client')} WHERE ${q('officeId')} IN ${offices}`, officeIds),
  ]);
  const next = await nextInstallments(
    manager,
    dialect,
    loans.map((l) => Number(l.id)),
  );
  const items: OpenItem[] = invoices.map((i) => ({
    kind: i.kind === 'PAYABLE' ? 'PAYABLE' : 'RECEIVABLE',
    id: Number(i.id),
    keys: [referenceKey(i.number)],
    label: i.number,
    clientId: i.clientId === null ? null : Number(i.clientId),
    payer: i.kind === 'PAYABLE' ? (i.supplierName ?? '') : (i.clientName ?? ''),
    officerId: i.officerId === null ? null : Number(i.officerId),
    due: BigInt(i.total) - BigInt(i.amountPaid),
    dueDate: toBusinessDate(i.dueDate) as string,
  }));
  for (const l of loans) {
    const id = Number(l.id);
    const installment = next.get(id);
    const arrears = BigInt(l.arrears);
    const number = virtualAccountOf(id);
    items.push({
      kind: 'LOAN',
      id,
      keys: [number, ...(l.externalNumber ? [referenceKey(l.externalNumber)] : [])],
      label: l.externalNumber ?? number,
      clientId: Number(l.clientId),
      payer: l.clientName,
      officerId: l.officerId === null ? null : Number(l.officerId),
      due: arrears > 0n ? arrears : (installment?.due ?? 0n),
      dueDate: installment?.dueDate ?? '9999-12-31',
    });
  }
  return { items, clients: clients.map((c) => ({ id: Number(c.id), name: c.name, officerId: c.officerId === null ? null : Number(c.officerId) })) };
}

/** Each loan's first installment not fully paid: what it still asks and when. */
export async function nextInstallments(manager: EntityManager, dialect: Dialect, loanIds: number[]): Promise<Map<number, { due: bigint; dueDate: string }>> {
  const out = new Map<number, { due: bigint; dueDate: string }>();
  const q = dialect.id;
  for (let at = 0; at < loanIds.length; at += 1000) {
    const chunk = loanIds.slice(at, at + 1000);
    const rows: Array<{ loanId: Id; dueDate: Date | string; principal: Id; interest: Id; paidPrincipal: Id; paidInterest: Id }> = await manager.query(
      `SELECT ${q('loanId')}, ${q('dueDate')}, ${q('principal')}, ${q('interest')}, ${q('paidPrincipal')}, ${q('paidInterest')} FROM ${q('loan_installment')} ` +
        `WHERE ${q('loanId')} IN ${inList(chunk)} AND ${q('paidDate')} IS NULL ORDER BY ${q('loanId')}, ${q('number')}`,
      chunk,
    );
    for (const r of rows) {
      const loanId = Number(r.loanId);
      if (out.has(loanId)) continue;
      const due = BigInt(r.principal) + BigInt(r.interest) - BigInt(r.paidPrincipal) - BigInt(r.paidInterest);
      out.set(loanId, { due, dueDate: toBusinessDate(r.dueDate) as string });
    }
  }
  return out;
}
