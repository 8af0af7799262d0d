import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { PAYMENT_DIRECTIONS, PAYMENT_METHODS, isBusinessDate } from '@prospek/shared';
import type { FieldError } from '@prospek/shared';
import type { Tx, TransactionRunner } from '../../db/transaction.js';
import { uniqueViolation } from '../../db/unique-violation.js';
import { InputError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { canReadClient, reachesOffice } from '../access/scope.js';
import { Client } from '../client/client.entity.js';
import type { WriteContext } from '../write-context.js';
import { parseId, requireId } from '../write-context.js';
import { emitInvoiceChange } from './invoice.board.js';
import { Invoice } from './invoice.entity.js';
import type { InvoiceService } from './invoice.service.js';
import type { RecordPaymentInput } from './invoice.inputs.js';
import { Payment, PaymentAllocation } from './payment.entity.js';

const OPEN = ['ISSUED', 'PARTIALLY_PAID'] as const;

/** The status an issued invoice has with `paid` of its total paid. */
export function paidStatus(total: bigint, paid: bigint): Invoice['status'] {
  if (paid >= total) return 'PAID';
  return paid > 0n ? 'PARTIALLY_PAID' : 'ISSUED';
}

/**
 * Gives back what payments had allocated to a cancelled invoice: an undoing allocation entry each (none
 * is deleted) and the amount back on the payment as credit.
 */
export async function releaseAllocations(m: EntityManager, invoiceId: number): Promise<void> {
  const entries = await m.find(PaymentAllocation, { where: { invoiceId } });
  const perPayment = new Map<number, bigint>();
  for (const entry of entries) perPayment.set(entry.paymentId, (perPayment.get(entry.paymentId) ?? 0n) + entry.amount);
  for (const [paymentId, amount] of perPayment) {
    if (amount === 0n) continue;
    await m.insert(PaymentAllocation, { paymentId, invoiceId, amount: -amount });
    const payment = await m.findOneByOrFail(Payment, { id: paymentId });
    await m.update(Payment, { id: paymentId }, { unallocated: payment.unallocated + amount });
  }
}

/**
 * Payments in (from a client) and out (to a supplier), allocated to open invoices in one transaction
 * with the invoices' paid amounts and statuses. `record` takes a source key: a payment made from a
 * bank-statement line or a request's key is created once, and a second call answers the first payment.
 */
export class PaymentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly invoices: InvoiceService,
  ) {}

  async record(ctx: WriteContext, input: RecordPaymentInput, sourceKey: string | null = null): Promise<Payment> {
    const errors: FieldError[] = [];
    if (!PAYMENT_DIRECTIONS.includes(input.direction)) errors.push({ field: 'direction', code: 'INVALID', message: 'Unknown direction' });
    if (!PAYMENT_METHODS.includes(input.method)) errors.push({ field: 'method', code: 'INVALID', message: 'Unknown method' });
    if (input.amount <= 0n) errors.push({ field: 'amount', code: 'AMOUNT_NOT_POSITIVE', message: 'amount must be more than zero' });
    if (!isBusinessDate(input.date)) errors.push({ field: 'date', code: 'DATE_INVALID', message: 'date must be YYYY-MM-DD' });
    const reference = input.reference?.trim() || null;
    if (reference && reference.length > 100) errors.push({ field: 'reference', code: 'TOO_LONG', message: 'At most 100 characters', params: { max: 100 } });
    const supplierName = input.supplierName?.trim() || null;
    const clientId = parseId('clientId', input.clientId);
    if (input.direction === 'IN' && clientId === null) errors.push({ field: 'clientId', code: 'REQUIRED', message: 'Money in comes from a client' });
    if (input.direction === 'OUT' && !supplierName) errors.push({ field: 'supplierName', code: 'REQUIRED', message: 'Money out goes to a supplier' });
    const wanted = (input.allocations ?? []).map((a, i) => ({ invoiceId: requireId(`allocations.${i}.invoiceId`, a.invoiceId), amount: a.amount, at: i }));
    for (const a of wanted) if (a.amount <= 0n) errors.push({ field: `allocations.${a.at}.amount`, code: 'AMOUNT_NOT_POSITIVE', message: 'More than zero' });
    if (new Set(wanted.map((a) => a.invoiceId)).size !== wanted.length) errors.push({ field: 'allocations', code: 'DUPLICATE', message: 'An invoice twice' });
    if (wanted.reduce((s, a) => s + a.amount, 0n) > input.amount)
      errors.push({ field: 'allocations', code: 'AMOUNT_INVALID', message: 'More allocated than paid' });
    if (errors.length > 0) throw new InputError(errors);
    if (sourceKey) {
      const existing = await this.dataSource.getRepository(Payment).findOneBy({ sourceKey });
      if (existing) return existing;
    }
    const scope = await this.access.scope(ctx.actor);
    try {
      return await this.transactions.run(async (tx) => {
        const m = tx.manager;
        let officeId: number;
        if (input.direction === 'IN') {
          const client = await m.findOneBy(Client, { id: clientId as number });
          if (!client || !canReadClient(scope, client)) throw InputError.field('clientId', 'NOT_ALLOWED', 'clientId is not a client of yours');
          officeId = client.officeId;
        } else {
          officeId = parseId('officeId', input.officeId) ?? ctx.actor.officeId;
          if ((scope.role !== 'ADMIN' && scope.role !== 'MANAGER') || !reachesOffice(scope, officeId))
            throw InputError.field('officeId', 'NOT_ALLOWED', 'Payments to suppliers are made by managers of the office');
        }
        const today = await this.invoices.todayOf(m, officeId);
        if (input.date > today) throw InputError.field('date', 'DATE_INVALID', 'date is in the future', { max: today });
        const open = await this.lockOpen(m, input.direction === 'IN' ? { kind: 'RECEIVABLE', clientId } : { kind: 'PAYABLE', supplierName, officeId });
        const plan = this.plan(open, wanted, input.amount);
        const allocated = plan.reduce((s, p) => s + p.amount, 0n);
        const values = {
          direction: input.direction,
          officeId,
          clientId: input.direction === 'IN' ? clientId : null,
          supplierName: input.direction === 'OUT' ? supplierName : null,
          amount: input.amount,
          unallocated: input.amount - allocated,
          date: input.date,
          method: input.method,
          reference,
          sourceKey,
          createdById: ctx.actor.id,
        };
        const paymentId = Number((await m.insert(Payment, values)).identifiers[0].id);
        if (plan.length)
          await m.insert(
            PaymentAllocation,
            plan.map((p) => ({ paymentId, invoiceId: p.invoice.id, amount: p.amount })),
          );
        await tx.audit({ entityType: 'Payment', entityId: paymentId, action: 'record', actorId: ctx.actor.id, after: { ...values, allocations: plan.length } });
        for (const p of plan) await this.applyPaid(tx, ctx, p.invoice, p.amount, paymentId);
        return m.findOneByOrFail(Payment, { id: paymentId });
      });
    } catch (error) {
      // A concurrent call with the same source key made the payment: answer it.
      if (sourceKey && uniqueViolation(error)) {
        const existing = await this.dataSource.getRepository(Payment).findOneBy({ sourceKey });
        if (existing) return existing;
      }
      throw error;
    }
  }

  /** The open invoices a payment may pay, locked in id order (so concurrent payments take turns without deadlock). */
  private async lockOpen(
    m: EntityManager,
    who: { kind: 'RECEIVABLE'; clientId: number | null } | { kind: 'PAYABLE'; supplierName: string | null; officeId: number },
  ) {
    const q = this.invoices.dialect.id;
    const filter = who.kind === 'RECEIVABLE' ? `${q('clientId')} = ?` : `${q('supplierName')} = ? AND ${q('officeId')} = ?`;
    const params = who.kind === 'RECEIVABLE' ? [who.clientId] : [who.supplierName, who.officeId];
    const rows: Array<{ id: number | string }> = await m.query(
      `SELECT ${q('id')} AS id FROM ${q('invoice')} WHERE ${q('kind')} = ? AND ${q('status')} IN ('ISSUED', 'PARTIALLY_PAID') AND ${filter} ORDER BY ${q('id')}${this.invoices.dialect.forUpdate}`,
      [who.kind, ...params],
    );
    const ids = rows.map((r) => Number(r.id));
    const invoices = ids.length ? await m.findBy(Invoice, { id: In(ids), status: In([...OPEN]) }) : [];
    return invoices.sort((a, b) => (a.dueDate === b.dueDate ? a.id - b.id : a.dueDate < b.dueDate ? -1 : 1));
  }

  /** Named allocations as asked (each within what the invoice still owes); otherwise the oldest due first. */
  private plan(open: Invoice[], wanted: Array<{ invoiceId: number; amount: bigint; at: number }>, amount: bigint) {
    const byId = new Map(open.map((i) => [i.id, i]));
    if (wanted.length) {
      return wanted.map((w) => {
        const invoice = byId.get(w.invoiceId);
        if (!invoice) throw InputError.field(`allocations.${w.at}.invoiceId`, 'NOT_ALLOWED', 'Not an open invoice of this payer');
        if (w.amount > invoice.total - invoice.amountPaid)
          throw InputError.field(`allocations.${w.at}.amount`, 'AMOUNT_INVALID', 'More than the invoice still owes', {
            max: (invoice.total - invoice.amountPaid).toString(),
          });
        return { invoice, amount: w.amount };
      });
    }
    const plan: Array<{ invoice: Invoice; amount: bigint }> = [];
    let left = amount;
    for (const invoice of open) {
      if (left <= 0n) break;
      const take = invoice.total - invoice.amountPaid < left ? invoice.total - invoice.amountPaid : left;
      if (take > 0n) plan.push({ invoice, amount: take });
      left -= take;
    }
    return plan;
  }

  private async applyPaid(tx: Tx, ctx: WriteContext, invoice: Invoice, amount: bigint, paymentId: number): Promise<void> {
    const amountPaid = invoice.amountPaid + amount;
    const status = paidStatus(invoice.total, amountPaid);
    await tx.manager.update(Invoice, { id: invoice.id }, { amountPaid, status, version: invoice.version + 1 });
    await tx.audit({
      entityType: 'Invoice',
      entityId: invoice.id,
      action: 'payment',
      actorId: ctx.actor.id,
      before: { amountPaid: invoice.amountPaid, status: invoice.status },
      after: { amountPaid, status, paymentId },
    });
    const updated = await tx.manager.findOneByOrFail(Invoice, { id: invoice.id });
    emitInvoiceChange(tx, updated, await this.invoices.officerOf(tx.manager, updated), ctx);
  }
}
