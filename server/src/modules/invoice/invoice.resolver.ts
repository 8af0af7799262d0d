import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { InvoiceChannel } from '@prospek/shared';
import type { AuthedContext } from '../../graphql/context.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { Idempotent } from '../idempotency/idempotent.js';
import { Invoice, InvoiceChannelEnum } from './invoice.entity.js';
import { CreateInvoiceInput, InvoiceFilterInput, UpdateInvoiceInput } from './invoice.inputs.js';
import type { InvoiceIssueService } from './invoice-issue.service.js';
import type { InvoiceService } from './invoice.service.js';
import { InvoiceConnection } from './invoice.types.js';

/** Invoices: drafts, issuing, cancelling and handing over; access is checked by the services. */
@Resolver(() => Invoice)
export class InvoiceResolver {
  constructor(
    private readonly invoiceService: InvoiceService,
    private readonly issuing: InvoiceIssueService,
  ) {}

  @Authorized()
  @Query(() => InvoiceConnection, { description: 'Invoices in the viewer’s reach, newest first' })
  invoices(
    @Ctx() ctx: AuthedContext,
    @Arg('filter', () => InvoiceFilterInput, { nullable: true }) filter: InvoiceFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<InvoiceConnection> {
    return this.invoiceService.list(ctx.viewer, filter ?? {}, first, after);
  }

  @Authorized()
  @Query(() => Invoice)
  invoice(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<Invoice> {
    return this.invoiceService.get(ctx.viewer, id);
  }

  @Authorized()
  @Idempotent()
  @Mutation(() => Invoice, { description: 'A draft invoice: to a client (officers, managers) or from a supplier (managers; marketing for a campaign)' })
  createInvoice(@Ctx() ctx: AuthedContext, @Arg('input', () => CreateInvoiceInput) input: CreateInvoiceInput): Promise<Invoice> {
    return this.invoiceService.create({ actor: ctx.viewer, mutationId: ctx.mutationId }, input);
  }

  @Authorized()
  @Mutation(() => Invoice, { description: 'Edits a draft (only a draft)' })
  updateInvoice(@Ctx() ctx: AuthedContext, @Arg('input', () => UpdateInvoiceInput) input: UpdateInvoiceInput): Promise<Invoice> {
    return this.invoiceService.update({ actor: ctx.viewer, mutationId: ctx.mutationId }, input);
  }

  @Authorized()
  @Mutation(() => Invoice, { description: 'Gives a draft its number and sends it: EMAIL queues the mail with the PDF; PDF and PAPER are printed' })
  issueInvoice(
    @Ctx() ctx: AuthedContext,
    @Arg('id', () => ID) id: string,
    @Arg('channel', () => InvoiceChannelEnum) channel: InvoiceChannel,
  ): Promise<Invoice> {
    return this.issuing.issue({ actor: ctx.viewer, mutationId: ctx.mutationId }, id, channel);
  }

  @Authorized()
  @Mutation(() => Invoice, { description: 'Cancels an invoice; an issued one keeps its number and gets a credit note, its payments become credit' })
  cancelInvoice(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string, @Arg('reason') reason: string): Promise<Invoice> {
    return this.issuing.cancel({ actor: ctx.viewer, mutationId: ctx.mutationId }, id, reason);
  }

  @Authorized()
  @Mutation(() => Invoice, { description: 'PAPER: the signed and stamped copy was handed over' })
  markInvoiceHandedOver(
    @Ctx() ctx: AuthedContext,
    @Arg('id', () => ID) id: string,
    @Arg('date', () => LocalDateScalar) date: string,
    @Arg('receivedBy') receivedBy: string,
  ): Promise<Invoice> {
    return this.issuing.markHandedOver({ actor: ctx.viewer, mutationId: ctx.mutationId }, id, date, receivedBy);
  }
}
