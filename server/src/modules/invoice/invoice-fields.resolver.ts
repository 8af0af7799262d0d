import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { businessDate } from '@prospek/shared';
import type { AuthedContext } from '../../graphql/context.js';
import { MoneyScalar } from '../../graphql/scalars.js';
import { dialectOf } from '../../db/sql.js';
import type { DownloadTokens } from '../auth/token.service.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { Client } from '../client/client.entity.js';
import { MailOutbox } from '../mail/mail-outbox.entity.js';
import { Office } from '../office/office.entity.js';
import { invoiceLoaders } from './invoice-loaders.js';
import { CreditNote, Invoice, InvoiceLine } from './invoice.entity.js';
import type { InvoiceService } from './invoice.service.js';
import { InvoiceConnection, InvoiceParty, InvoicePaymentEntry } from './invoice.types.js';
import { InvoiceReminder } from './invoice-reminder.entity.js';
import { Payment } from './payment.entity.js';

export const invoicePdfResource = (id: number | string) => `invoice:${id}`;

/** What an invoice page shows beside the invoice's own columns. */
@Resolver(() => Invoice)
export class InvoiceFieldsResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly downloads: DownloadTokens,
    private readonly clock: () => Date,
  ) {}

  @FieldResolver(() => MoneyScalar)
  amountDue(@Root() invoice: Invoice): bigint {
    return invoice.status === 'CANCELLED' ? 0n : invoice.total - invoice.amountPaid;
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date, by today in the office’s zone' })
  async overdue(@Root() invoice: Invoice, @Ctx() ctx: AuthedContext): Promise<boolean> {
    if (invoice.status !== 'ISSUED' && invoice.status !== 'PARTIALLY_PAID') return false;
    const office = await ctx.loaders.office.load(invoice.officeId);
    return invoice.dueDate < businessDate(this.clock(), office?.timeZone);
  }

  @FieldResolver(() => [InvoiceLine])
  lines(@Root() invoice: Invoice, @Ctx() ctx: AuthedContext): Promise<InvoiceLine[]> {
    return invoiceLoaders(ctx, this.dataSource).lines.load(invoice.id);
  }

  @FieldResolver(() => InvoiceParty, { nullable: true })
  async client(@Root() invoice: Invoice, @Ctx() ctx: AuthedContext): Promise<InvoiceParty | null> {
    if (invoice.clientId === null) return null;
    const client = await invoiceLoaders(ctx, this.dataSource).client.load(invoice.clientId);
    return { id: String(invoice.clientId), name: client?.name ?? '' };
  }

  @FieldResolver(() => InvoiceParty, { nullable: true })
  async campaign(@Root() invoice: Invoice): Promise<InvoiceParty | null> {
    if (invoice.campaignId === null) return null;
    const campaign = await this.dataSource.getRepository(Campaign).findOne({ where: { id: invoice.campaignId }, select: { id: true, name: true } });
    return { id: String(invoice.campaignId), name: campaign?.name ?? '' };
  }

  @FieldResolver(() => Office)
  async office(@Root() invoice: Invoice, @Ctx() ctx: AuthedContext): Promise<Office> {
    return (await ctx.loaders.office.load(invoice.officeId)) as Office;
  }

  @FieldResolver(() => CreditNote, { nullable: true })
  creditNote(@Root() invoice: Invoice, @Ctx() ctx: AuthedContext): Promise<CreditNote | null> {
    return invoiceLoaders(ctx, this.dataSource).creditNote.load(invoice.id);
  }

  @FieldResolver(() => MailOutbox, { nullable: true, description: 'EMAIL: the mail’s delivery state' })
  delivery(@Root() invoice: Invoice, @Ctx() ctx: AuthedContext): Promise<MailOutbox | null> {
    return invoiceLoaders(ctx, this.dataSource).delivery.load(invoice.id);
  }

  @FieldResolver(() => [InvoiceReminder], { description: 'Dunning reminders sent for it, oldest first' })
  async reminders(@Root() invoice: Invoice): Promise<InvoiceReminder[]> {
    const reminders = await this.dataSource.getRepository(InvoiceReminder).find({ where: { invoiceId: invoice.id }, order: { id: 'ASC' } });
    const mails = reminders.some((r) => r.channel === 'EMAIL')
      ? await this.dataSource.getRepository(MailOutbox).find({
          select: { subjectId: true, state: true },
          where: { subjectType: 'InvoiceReminder', subjectId: In(reminders.map((r) => r.id)) },
        })
      : [];
    return reminders.map((r) => Object.assign(r, { deliveryState: mails.find((mail) => mail.subjectId === r.id)?.state ?? null }));
  }

  @FieldResolver(() => [InvoicePaymentEntry], { description: 'Payment allocations, oldest first' })
  async payments(@Root() invoice: Invoice, @Ctx() ctx: AuthedContext): Promise<InvoicePaymentEntry[]> {
    const allocations = await invoiceLoaders(ctx, this.dataSource).allocations.load(invoice.id);
    if (allocations.length === 0) return [];
    const payments = await this.dataSource.getRepository(Payment).findBy({ id: In(allocations.map((a) => a.paymentId)) });
    // A reversed payment shows once, marked reversed; its undoing entry is not listed beside it.
    return allocations
      .filter((a) => !(a.amount < 0n && payments.find((x) => x.id === a.paymentId)?.reversedAt))
      .map((a) => {
        const p = payments.find((x) => x.id === a.paymentId) as Payment;
        return {
          paymentId: String(a.paymentId),
          amount: a.amount,
          date: p.date,
          method: p.method,
          reference: p.reference,
          paymentVersion: p.version,
          reversedAt: p.reversedAt,
          reversalReason: p.reversalReason,
        };
      });
  }

  @FieldResolver(() => String, { description: 'The PDF (also the print layout), a short-lived link' })
  async pdfUrl(@Root() invoice: Invoice, @Ctx() ctx: AuthedContext): Promise<string> {
    const token = await this.downloads.issue(ctx.viewer.id, invoicePdfResource(invoice.id));
    return `/invoices/${invoice.id}/pdf?${new URLSearchParams({ token })}`;
  }
}

@ObjectType()
class ClientInvoiceSummary {
  @Field(() => MoneyScalar, { description: 'Paid beyond the client’s invoices, kept as credit' })
  credit: bigint;
}

/** A client's invoices and credit, on the client page. */
@Resolver(() => Client)
export class ClientInvoicesResolver {
  constructor(
    private readonly invoices: InvoiceService,
    private readonly dataSource: DataSource,
  ) {}

  @FieldResolver(() => InvoiceConnection, { description: 'The client’s invoices in the viewer’s reach, newest first (the first 20)' })
  clientInvoices(@Root() client: Client, @Ctx() ctx: AuthedContext): Promise<InvoiceConnection> {
    return this.invoices.list(ctx.viewer, { clientId: String(client.id) }, 20, null);
  }

  @FieldResolver(() => ClientInvoiceSummary)
  async invoiceCredit(@Root() client: Client): Promise<ClientInvoiceSummary> {
    const d = dialectOf(this.dataSource);
    const rows: Array<{ credit: string | null }> = await this.dataSource.query(
      `SELECT ${d.sumAsText(d.id('unallocated'))} AS credit FROM ${d.id('payment')} WHERE ${d.id('clientId')} = ? AND ${d.id('direction')} = 'IN'`,
      [client.id],
    );
    return { credit: BigInt(rows[0]?.credit ?? 0) };
  }
}

/** A campaign's invoiced spend: the sum of the payables charged to it (cancelled ones left out). */
@Resolver(() => Campaign)
export class CampaignSpendResolver {
  constructor(private readonly dataSource: DataSource) {}

  @FieldResolver(() => MoneyScalar, { description: 'Sum of the issued payables charged to it (beside the spend entered by hand)' })
  async invoicedSpend(@Root() campaign: Campaign): Promise<bigint> {
    const d = dialectOf(this.dataSource);
    const rows: Array<{ spend: string | number | null }> = await this.dataSource.query(
      `SELECT ${d.sumAsText(d.id('total'))} AS spend FROM ${d.id('invoice')} WHERE ${d.id('campaignId')} = ? AND ${d.id('kind')} = 'PAYABLE' AND ${d.id('status')} IN ('ISSUED', 'PARTIALLY_PAID', 'PAID')`,
      [campaign.id],
    );
    return BigInt(rows[0]?.spend ?? 0);
  }
}
