/**
 * Reversing a posted payment (a bounced transfer, a payment booked to the wrong client): the payment is
 * kept, marked reversed with who, when and why; each invoice it paid gets an undoing allocation entry and
 * its paid amount and status back (PAID → PARTIALLY_PAID or ISSUED). The payment's row is locked and its
 * version checked, so of two reversals at once exactly one wins.
 */
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { TransactionRunner } from '../../db/transaction.js';
import { ConflictError, InputError, NotFoundError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { Client } from '../client/client.entity.js';
import type { WriteContext } from '../write-context.js';
import { requireId } from '../write-context.js';
import { emitInvoiceChange } from './invoice.board.js';
import { Invoice } from './invoice.entity.js';
import { canWriteInvoice } from './invoice-access.js';
import type { InvoiceService } from './invoice.service.js';
import { Payment, PaymentAllocation } from './payment.entity.js';
import { paidStatus } from './payment.service.js';

export class PaymentReversalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly invoices: InvoiceService,
  ) {}

  async reverse(ctx: WriteContext, rawId: string, reason: string, expectedVersion: number | null): Promise<Payment> {
    const id = requireId('id', rawId);
    const why = reason.trim();
    if (!why) throw InputError.field('reason', 'REQUIRED', 'Say why the payment is reversed');
    if (why.length > 500) throw InputError.field('reason', 'TOO_LONG', 'reason must be at most 500 characters', { max: 500 });
    const scope = await this.access.scope(ctx.actor);
    const q = this.invoices.dialect.id;
    return this.transactions.run(async (tx) => {
      const m = tx.manager;
      const locked: unknown[] = await m.query(`SELECT ${q('id')} FROM ${q('payment')} WHERE ${q('id')} = ?${this.invoices.dialect.forUpdate}`, [id]);
      const payment = locked.length ? await m.findOneByOrFail(Payment, { id }) : null;
      const client = payment?.clientId ? await m.findOne(Client, { where: { id: payment.clientId }, select: { id: true, officerId: true } }) : null;
      const kind = payment?.direction === 'IN' ? 'RECEIVABLE' : 'PAYABLE';
      if (!payment || !canWriteInvoice(scope, { kind, officeId: payment.officeId, campaignId: null }, client?.officerId ?? null))
        throw new NotFoundError('Payment', rawId);
      if (payment.reversedAt)
        throw InputError.field('id', 'NOT_ALLOWED', 'The payment is reversed already', { reversedAt: payment.reversedAt.toISOString() }, 'ALREADY_DONE');
      if (expectedVersion !== null && expectedVersion !== payment.version)
        throw new ConflictError('Payment', { id: String(payment.id), version: payment.version });

      // What it still pays per invoice (a cancellation may have given some back already).
      const entries = await m.find(PaymentAllocation, { where: { paymentId: id } });
      const perInvoice = new Map<number, bigint>();
      for (const e of entries) perInvoice.set(e.invoiceId, (perInvoice.get(e.invoiceId) ?? 0n) + e.amount);
      const paid = [...perInvoice].filter(([, amount]) => amount > 0n).sort(([a], [b]) => a - b);
      if (paid.length) {
        const today = await this.invoices.todayOf(m, payment.officeId);
        const ids = paid.map(([invoiceId]) => invoiceId);
        await m.query(
          `SELECT ${q('id')} FROM ${q('invoice')} WHERE ${q('id')} IN (${ids.map(() => '?').join(', ')}) ORDER BY ${q('id')}${this.invoices.dialect.forUpdate}`,
          ids,
        );
        const invoices = await m.findBy(Invoice, { id: In(ids) });
        await m.insert(
          PaymentAllocation,
          paid.map(([invoiceId, amount]) => ({ paymentId: id, invoiceId, amount: -amount, date: today })),
        );
        for (const [invoiceId, amount] of paid) {
          const invoice = invoices.find((i) => i.id === invoiceId) as Invoice;
          const amountPaid = invoice.amountPaid - amount;
          const status = invoice.status === 'CANCELLED' ? invoice.status : paidStatus(invoice.total, amountPaid);
          await m.update(Invoice, { id: invoiceId }, { amountPaid, status, version: invoice.version + 1 });
          await tx.audit({
            entityType: 'Invoice',
            entityId: invoiceId,
            action: 'payment-reversal',
            actorId: ctx.actor.id,
            before: { amountPaid: invoice.amountPaid, status: invoice.status },
            after: { amountPaid, status, paymentId: id, reason: why },
          });
          const updated = await m.findOneByOrFail(Invoice, { id: invoiceId });
          emitInvoiceChange(tx, updated, await this.invoices.officerOf(m, updated), ctx);
        }
      }
      const reversedAt = new Date();
      const result = await m
        .createQueryBuilder()
        .update(Payment)
        .set({ reversedAt, reversedById: ctx.actor.id, reversalReason: why, unallocated: 0n, version: payment.version + 1 })
        .where('id = :id AND version = :version AND reversedAt IS NULL', { id, version: payment.version })
        .execute();
      if (result.affected !== 1) throw new ConflictError('Payment', { id: String(payment.id) });
      await tx.audit({
        entityType: 'Payment',
        entityId: id,
        action: 'reverse',
        actorId: ctx.actor.id,
        before: { unallocated: payment.unallocated, version: payment.version },
        after: { reversedAt, reason: why, invoices: paid.map(([invoiceId, amount]) => ({ invoiceId, amount: amount.toString() })) },
      });
      return m.findOneByOrFail(Payment, { id });
    });
  }
}
