import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { InvoiceKind } from '@prospek/shared';
import type { AuthedContext } from '../../graphql/context.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import type { DownloadTokens } from '../auth/token.service.js';
import { Idempotent } from '../idempotency/idempotent.js';
import { InvoiceKindEnum } from './invoice.entity.js';
import { RecordPaymentInput } from './invoice.inputs.js';
import type { InvoiceReports } from './invoice-reports.js';
import { AgingReportType, TaxSummaryType } from './invoice.types.js';
import { Payment } from './payment.entity.js';
import type { PaymentService } from './payment.service.js';
import type { PaymentReversalService } from './payment-reversal.js';

export const taxSummaryResource = (month: string, officeId: string | null) => `tax-summary:${month}:${officeId ?? ''}`;

/** Payments, receivables and payables aging, and the month's PPN. */
@Resolver()
export class PaymentResolver {
  constructor(
    private readonly payments: PaymentService,
    private readonly reversals: PaymentReversalService,
    private readonly reports: InvoiceReports,
    private readonly downloads: DownloadTokens,
  ) {}

  @Authorized()
  @Idempotent()
  @Mutation(() => Payment, { description: 'Money in from a client or out to a supplier, allocated to invoices; the rest stays as credit' })
  recordPayment(@Ctx() ctx: AuthedContext, @Arg('input', () => RecordPaymentInput) input: RecordPaymentInput): Promise<Payment> {
    return this.payments.record({ actor: ctx.viewer, mutationId: ctx.mutationId }, input);
  }

  @Authorized()
  @Idempotent()
  @Mutation(() => Payment, { description: 'Undoes a posted payment’s allocations (the invoices owe again); the payment is kept, marked reversed' })
  reversePayment(
    @Ctx() ctx: AuthedContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The version read; another gets CONFLICT' }) expectedVersion: number | null,
  ): Promise<Payment> {
    return this.reversals.reverse({ actor: ctx.viewer, mutationId: ctx.mutationId }, id, reason, expectedVersion ?? null);
  }

  @Authorized()
  @Query(() => AgingReportType, { description: 'Open receivables (or payables) by days past due, per client, officer and office' })
  async receivablesAging(
    @Ctx() ctx: AuthedContext,
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf: string | null,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
    @Arg('officerId', () => ID, { nullable: true }) officerId: string | null,
    @Arg('kind', () => InvoiceKindEnum, { nullable: true, defaultValue: 'RECEIVABLE' }) kind: InvoiceKind,
    @Arg('first', () => Int, { nullable: true, description: 'Rows listed, largest first (at most 100)' }) first: number | null,
  ): Promise<AgingReportType> {
    const report = await this.reports.aging(ctx.viewer, kind, asOf, officeId, officerId, first);
    const id = (n: number | null) => (n === null ? null : String(n));
    return {
      ...report,
      rows: report.rows.map((r) => ({
        ...r,
        client: r.clientId === null ? null : { id: String(r.clientId), name: r.clientName ?? '' },
        officerId: id(r.officerId),
        officeId: String(r.officeId),
      })),
      officers: report.officers.map((o) => ({ ...o, officerId: id(o.officerId) })),
      offices: report.offices.map((o) => ({ ...o, officeId: String(o.officeId) })),
    };
  }

  @Authorized('MANAGER', 'ADMIN', 'MARKETING', 'OFFICER')
  @Query(() => TaxSummaryType, { description: 'PPN out (receivables) and in (payables) of a month, DPP and PPN per invoice' })
  async taxSummary(
    @Ctx() ctx: AuthedContext,
    @Arg('month', { description: 'YYYY-MM' }) month: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
  ): Promise<TaxSummaryType> {
    const summary = await this.reports.taxSummary(ctx.viewer, month, officeId);
    const token = await this.downloads.issue(ctx.viewer.id, taxSummaryResource(month, officeId));
    return {
      ...summary,
      lines: summary.lines.map((l) => ({ ...l, invoiceId: String(l.invoiceId) })),
      csvUrl: `/invoices/tax-summary.csv?${new URLSearchParams({ month, ...(officeId ? { officeId } : {}), token })}`,
    };
  }
}
