import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { PAYMENT_DIRECTIONS, PAYMENT_METHODS, isBusinessDate } from '@prospek/shared';
import type { FieldError } from '@prospek/shared';
import type { AuditInput, Tx, TransactionRunner } from '../../db/transaction.js';
import { insertRows } from '../../db/sql.js';
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

/** One payment of a batch (`recordAllIn`): its whole amount, and what it pays of one invoice. */
export interface BatchPayment {
  sourceKey: string;
  direction: 'IN' | 'OUT';
  amount: bigint;
  date: string;
  method: RecordPaymentInput['method'];
  reference: string | null;
  /** The client paying (money in). */
  clientId: number | null;
  /** The supplier paid and the office paying (money out). */
  supplierName: string | null;
  officeId: number;
  invoiceId: number;
  allocation: bigint;
}

/** A batch payment made (or made before under its key), or refused with why. */
export type BatchPaid = { paymentId: number; earlier: boolean } | { refused: string };

/** The status an issued invoice has with `paid` of its total paid. */
export function paidStatus(total: bigint, paid: bigint): Invoice['status'] {
  if (paid >= total) return 'PAID';
  return paid > 0n ? 'PARTIALLY_PAID' : 'ISSUED';
}

/**
 * Gives back what payments had allocated to a cancelled invoice: an undoing allocation entry each (none
 * is deleted) and the amount back on the payment as credit.
 */
export async function releaseAllocations(m: EntityManager, invoiceId: number, day: string): Promise<void> {
  const entries = await m.find(PaymentAllocation, { where: { invoiceId } });
  const perPayment = new Map<number, bigint>();
  for (const entry of entries) perPayment.set(entry.paymentId, (perPayment.get(entry.paymentId) ?? 0n) + entry.amount);
  for (const [paymentId, amount] of perPayment) {
    if (amount === 0n) continue;
    await m.insert(PaymentAllocation, { paymentId, invoiceId, amount: -amount, date: day });
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
            plan.map((p) => ({ paymentId, invoiceId: p.invoice.id, amount: p.amount, date: input.date })),
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

  /**
   * Many payments of one invoice each, made in the caller's transaction (a chunk of a bank statement's
   * lines): each under its source key, once — a key paid already answers that payment. The invoices are
   * locked in id order (as `record` locks them, so the two take turns without deadlock), and each
   * payment is checked as `record` checks it; one refused is answered with why and leaves the others.
   * The same audit entries and invoice events as `record`, written a few statements for all.
   */
  async recordAllIn(tx: Tx, ctx: WriteContext, wanted: BatchPayment[]): Promise<BatchPaid[]> {
    const m = tx.manager;
    const q = this.invoices.dialect.id;
    const out: BatchPaid[] = wanted.map(() => ({ refused: 'not checked' }));
    if (wanted.length === 0) return out;
    const inList = (n: number) => `(${Array.from({ length: n }, () => '?').join(', ')})`;
    const keys = wanted.map((w) => w.sourceKey);
    const earlier = new Map<string, number>();
    for (let at = 0; at < keys.length; at += 500) {
      const slice = keys.slice(at, at + 500);
      const rows: Array<{ id: number | string; sourceKey: string }> = await m.query(
        `SELECT ${q('id')} AS id, ${q('sourceKey')} AS ${q('sourceKey')} FROM ${q('payment')} WHERE ${q('sourceKey')} IN ${inList(slice.length)}`,
        slice,
      );
      for (const r of rows) earlier.set(r.sourceKey, Number(r.id));
    }
    const scope = await this.access.scope(ctx.actor);
    const clientIds = [...new Set(wanted.filter((w) => w.direction === 'IN' && w.clientId !== null).map((w) => w.clientId as number))];
    const clients = new Map((clientIds.length ? await m.findBy(Client, { id: In(clientIds) }) : []).map((c) => [c.id, c]));
    const invoiceIds = [...new Set(wanted.map((w) => w.invoiceId))].sort((a, b) => a - b);
    const locked: Array<{ id: number | string }> = await m.query(
      `SELECT ${q('id')} AS id FROM ${q('invoice')} WHERE ${q('id')} IN ${inList(invoiceIds.length)} ORDER BY ${q('id')}${this.invoices.dialect.forUpdate}`,
      invoiceIds,
    );
    const invoices = new Map((locked.length ? await m.findBy(Invoice, { id: In(locked.map((r) => Number(r.id))) }) : []).map((i) => [i.id, i]));
    const paidNow = new Map<number, { before: { amountPaid: bigint; status: Invoice['status'] }[]; amountPaid: bigint }>();
    const todays = new Map<number, string>();
    const made: Array<{ at: number; officeId: number; allocation: bigint; invoice: Invoice }> = [];
    for (const [at, w] of wanted.entries()) {
      const paid = earlier.get(w.sourceKey);
      if (paid !== undefined) {
        out[at] = { paymentId: paid, earlier: true };
        continue;
      }
      const refuse = (why: string) => (out[at] = { refused: why });
      if (w.amount <= 0n || w.allocation <= 0n || w.allocation > w.amount || !isBusinessDate(w.date)) {
        refuse('amounts or date out of range');
        continue;
      }
      let officeId: number;
      if (w.direction === 'IN') {
        const client = w.clientId === null ? undefined : clients.get(w.clientId);
        if (!client || !canReadClient(scope, client)) {
          refuse('clientId is not a client of yours');
          continue;
        }
        officeId = client.officeId;
      } else {
        officeId = w.officeId;
        if ((scope.role !== 'ADMIN' && scope.role !== 'MANAGER') || !reachesOffice(scope, officeId) || !w.supplierName) {
          refuse('Payments to suppliers are made by managers of the office');
          continue;
        }
      }
      let today = todays.get(officeId);
      if (today === undefined) todays.set(officeId, (today = await this.invoices.todayOf(m, officeId)));
      if (w.date > today) {
        refuse('date is in the future');
        continue;
      }
      const invoice = invoices.get(w.invoiceId);
      const payer =
        invoice &&
        (w.direction === 'IN'
          ? invoice.kind === 'RECEIVABLE' && invoice.clientId === w.clientId
          : invoice.kind === 'PAYABLE' && invoice.supplierName === w.supplierName && invoice.officeId === officeId);
      if (!invoice || !payer || !(OPEN as readonly string[]).includes(invoice.status)) {
        refuse('Not an open invoice of this payer');
        continue;
      }
      const state = paidNow.get(invoice.id) ?? { before: [], amountPaid: invoice.amountPaid };
      if (w.allocation > invoice.total - state.amountPaid) {
        refuse('More than the invoice still owes');
        continue;
      }
      state.before.push({ amountPaid: state.amountPaid, status: paidStatus(invoice.total, state.amountPaid) });
      state.amountPaid += w.allocation;
      paidNow.set(invoice.id, state);
      made.push({ at, officeId, allocation: w.allocation, invoice });
    }
    if (made.length === 0) return out;
    const values = made.map(({ at, officeId, allocation }) => {
      const w = wanted[at];
      return {
        direction: w.direction,
        officeId,
        clientId: w.direction === 'IN' ? w.clientId : null,
        supplierName: w.direction === 'OUT' ? w.supplierName : null,
        amount: w.amount,
        unallocated: w.amount - allocation,
        date: w.date,
        method: w.method,
        reference: w.reference?.trim() || null,
        sourceKey: w.sourceKey,
        createdById: ctx.actor.id,
      };
    });
    // Bound by position (the query builder's named parameters cost time quadratic in a statement's values).
    await insertRows(m, this.invoices.dialect, 'payment', values);
    const idOf = new Map<string, number>();
    for (let at = 0; at < values.length; at += 500) {
      const slice = values.slice(at, at + 500).map((v) => v.sourceKey);
      const rows: Array<{ id: number | string; sourceKey: string }> = await m.query(
        `SELECT ${q('id')} AS id, ${q('sourceKey')} AS ${q('sourceKey')} FROM ${q('payment')} WHERE ${q('sourceKey')} IN ${inList(slice.length)}`,
        slice,
      );
      for (const r of rows) idOf.set(r.sourceKey, Number(r.id));
    }
    const paymentIds = made.map(({ at }) => idOf.get(wanted[at].sourceKey) as number);
    await insertRows(
      m,
      this.invoices.dialect,
      'payment_allocation',
      made.map((p, i) => ({ paymentId: paymentIds[i], invoiceId: p.invoice.id, amount: p.allocation, date: values[i].date })),
    );
    // The invoices' paid amounts and statuses, one statement (the values are the service's own numbers).
    const touched = [...paidNow.entries()];
    const caseOf = (value: (id: number, amountPaid: bigint) => string) =>
      `CASE ${q('id')} ${touched.map(([id, s]) => `WHEN ${id} THEN ${value(id, s.amountPaid)}`).join(' ')} END`;
    await m
      .createQueryBuilder()
      .update(Invoice)
      .set({
        amountPaid: () => caseOf((_, paid) => paid.toString()),
        status: () => caseOf((id, paid) => `'${paidStatus((invoices.get(id) as Invoice).total, paid)}'`),
      })
      .whereInIds(touched.map(([id]) => id))
      .execute();
    const audits: AuditInput[] = [];
    const seen = new Map<number, number>();
    made.forEach((p, i) => {
      audits.push({ entityType: 'Payment', entityId: paymentIds[i], action: 'record', actorId: ctx.actor.id, after: { ...values[i], allocations: 1 } });
      const state = paidNow.get(p.invoice.id)!;
      const n = seen.get(p.invoice.id) ?? 0;
      seen.set(p.invoice.id, n + 1);
      const before = state.before[n];
      const amountPaid = before.amountPaid + p.allocation;
      audits.push({
        entityType: 'Invoice',
        entityId: p.invoice.id,
        action: 'payment',
        actorId: ctx.actor.id,
        before,
        after: { amountPaid, status: paidStatus(p.invoice.total, amountPaid), paymentId: paymentIds[i] },
      });
      out[p.at] = { paymentId: paymentIds[i], earlier: false };
    });
    await tx.auditAll(audits);
    for (const [id, state] of touched) {
      const invoice = invoices.get(id) as Invoice;
      const updated = Object.assign(new Invoice(), invoice, {
        amountPaid: state.amountPaid,
        status: paidStatus(invoice.total, state.amountPaid),
        version: invoice.version + 1,
      });
      const officerId = invoice.clientId === null ? null : (clients.get(invoice.clientId)?.officerId ?? null);
      emitInvoiceChange(tx, updated, officerId, ctx);
    }
    return out;
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
