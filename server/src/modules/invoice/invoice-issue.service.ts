import type { DataSource } from 'typeorm';
import { INVOICE_CHANNELS, isBusinessDate } from '@prospek/shared';
import type { InvoiceChannel } from '@prospek/shared';
import type { TransactionRunner } from '../../db/transaction.js';
import { InputError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { Client } from '../client/client.entity.js';
import type { MailOutboxService } from '../mail/mail-outbox.service.js';
import type { WriteContext } from '../write-context.js';
import { emitInvoiceChange } from './invoice.board.js';
import { CreditNote, Invoice } from './invoice.entity.js';
import { creditNoteFormat, ensureCounter, nextNumber } from './invoice-number.js';
import type { InvoiceService } from './invoice.service.js';
import { releaseAllocations } from './payment.service.js';

/**
 * Issuing (number, channel, and for EMAIL the outbox row, all in one transaction), cancelling (a
 * credit note for an issued invoice; payments on it go back to the payer's credit) and handing over.
 */
export class InvoiceIssueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly invoices: InvoiceService,
    private readonly mail: MailOutboxService,
    private readonly numberFormat: string,
  ) {}

  async issue(ctx: WriteContext, rawId: string, channel: InvoiceChannel): Promise<Invoice> {
    if (!INVOICE_CHANNELS.includes(channel)) throw InputError.field('channel', 'INVALID', 'Unknown channel');
    const scope = await this.access.scope(ctx.actor);
    // The counter row exists before the transaction that locks it (see invoice-number.ts).
    const peek = await this.invoices.get(ctx.actor, rawId);
    await ensureCounter(this.dataSource, this.invoices.dialect, 'INV', peek.officeId, Number(peek.issueDate.slice(0, 4)));
    const issued = await this.transactions.run(async (tx) => {
      const m = tx.manager;
      const { invoice, officerId } = await this.invoices.lockWritable(m, scope, rawId);
      if (invoice.status !== 'DRAFT') throw InputError.field('id', 'NOT_ALLOWED', 'The invoice is issued already', { status: invoice.status }, 'ALREADY_DONE');
      let recipient: string | null = null;
      if (channel === 'EMAIL') {
        const client = invoice.clientId === null ? null : await m.findOneBy(Client, { id: invoice.clientId });
        recipient = client?.email ?? null;
        if (!recipient) throw InputError.field('channel', 'NOT_ALLOWED', 'The client has no email address');
      }
      const year = Number(invoice.issueDate.slice(0, 4));
      const { seq, number } = await nextNumber(m, this.invoices.dialect, this.numberFormat, 'INV', invoice.officeId, year);
      const status = invoice.total === 0n ? ('PAID' as const) : ('ISSUED' as const);
      await m.update(Invoice, { id: invoice.id }, { status, number, year, seq, channel, version: invoice.version + 1 });
      if (recipient) await this.mail.enqueue(m, 'Invoice', invoice.id, number, recipient);
      await tx.audit({
        entityType: 'Invoice',
        entityId: invoice.id,
        action: 'issue',
        actorId: ctx.actor.id,
        before: { status: invoice.status },
        after: { status, number, channel, recipient },
      });
      const updated = await m.findOneByOrFail(Invoice, { id: invoice.id });
      emitInvoiceChange(tx, updated, officerId, ctx);
      return updated;
    });
    if (channel === 'EMAIL') this.mail.kick();
    return issued;
  }

  async cancel(ctx: WriteContext, rawId: string, reason: string): Promise<Invoice> {
    const why = reason.trim();
    if (!why) throw InputError.field('reason', 'REQUIRED', 'Say why the invoice is cancelled');
    if (why.length > 500) throw InputError.field('reason', 'TOO_LONG', 'reason must be at most 500 characters', { max: 500 });
    const scope = await this.access.scope(ctx.actor);
    const peek = await this.invoices.get(ctx.actor, rawId);
    const today = await this.invoices.todayOf(this.dataSource.manager, peek.officeId);
    if (peek.status !== 'DRAFT') await ensureCounter(this.dataSource, this.invoices.dialect, 'CN', peek.officeId, Number(today.slice(0, 4)));
    return this.transactions.run(async (tx) => {
      const m = tx.manager;
      const { invoice, officerId } = await this.invoices.lockWritable(m, scope, rawId);
      if (invoice.status === 'CANCELLED')
        throw InputError.field('id', 'NOT_ALLOWED', 'The invoice is cancelled already', { status: invoice.status }, 'ALREADY_DONE');
      let creditNote: string | null = null;
      if (invoice.status !== 'DRAFT') {
        const year = Number(today.slice(0, 4));
        const { number } = await nextNumber(m, this.invoices.dialect, creditNoteFormat(this.numberFormat), 'CN', invoice.officeId, year);
        await m.insert(CreditNote, {
          invoiceId: invoice.id,
          number,
          date: today,
          taxBase: invoice.taxBase,
          tax: invoice.tax,
          total: invoice.total,
          reason: why,
          createdById: ctx.actor.id,
        });
        creditNote = number;
        await releaseAllocations(m, invoice.id, today);
      }
      await m.update(Invoice, { id: invoice.id }, { status: 'CANCELLED', cancelReason: why, amountPaid: 0n, version: invoice.version + 1 });
      await tx.audit({
        entityType: 'Invoice',
        entityId: invoice.id,
        action: 'cancel',
        actorId: ctx.actor.id,
        before: { status: invoice.status, amountPaid: invoice.amountPaid },
        after: { status: 'CANCELLED', reason: why, creditNote },
      });
      const updated = await m.findOneByOrFail(Invoice, { id: invoice.id });
      emitInvoiceChange(tx, updated, officerId, ctx);
      return updated;
    });
  }

  async markHandedOver(ctx: WriteContext, rawId: string, date: string, receivedBy: string): Promise<Invoice> {
    const who = receivedBy.trim();
    if (!who) throw InputError.field('receivedBy', 'REQUIRED', 'Who received the invoice?');
    if (who.length > 160) throw InputError.field('receivedBy', 'TOO_LONG', 'At most 160 characters', { max: 160 });
    if (!isBusinessDate(date)) throw InputError.field('date', 'DATE_INVALID', 'date must be YYYY-MM-DD');
    const scope = await this.access.scope(ctx.actor);
    return this.transactions.run(async (tx) => {
      const m = tx.manager;
      const { invoice, officerId } = await this.invoices.lockWritable(m, scope, rawId);
      if (invoice.status === 'DRAFT' || invoice.status === 'CANCELLED')
        throw InputError.field('id', 'NOT_ALLOWED', 'Only an issued invoice is handed over', { status: invoice.status });
      const today = await this.invoices.todayOf(m, invoice.officeId);
      if (date < invoice.issueDate || date > today)
        throw InputError.field('date', 'DATE_INVALID', 'date must fall between the issue date and today', { min: invoice.issueDate, max: today });
      await m.update(Invoice, { id: invoice.id }, { handedOverDate: date, handedOverTo: who, version: invoice.version + 1 });
      await tx.audit({
        entityType: 'Invoice',
        entityId: invoice.id,
        action: 'hand-over',
        actorId: ctx.actor.id,
        before: { handedOverDate: invoice.handedOverDate, handedOverTo: invoice.handedOverTo },
        after: { handedOverDate: date, handedOverTo: who },
      });
      const updated = await m.findOneByOrFail(Invoice, { id: invoice.id });
      emitInvoiceChange(tx, updated, officerId, ctx);
      return updated;
    });
  }
}
