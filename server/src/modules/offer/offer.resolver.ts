import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, Paginated } from '../../graphql/pagination.js';
import type { VatSettings } from '@prospek/shared';
import type { AuthedContext } from '../../graphql/context.js';
import { MoneyScalar } from '../../graphql/scalars.js';
import type { DownloadTokens } from '../auth/token.service.js';
import { Client } from '../client/client.entity.js';
import type { ClientService } from '../client/client.service.js';
import type { LeadBoardService } from '../lead/lead-board.service.js';
import { Lead } from '../lead/lead.entity.js';
import { LoanSimulation, debtService } from '../product/loan-simulation.js';
import { Product } from '../product/product.entity.js';
import { offerFigures, offerScheduleStart } from './offer-terms.js';
import { Offer } from './offer.entity.js';
import { CreateOfferInput, OfferFilterInput } from './offer.inputs.js';
import type { OfferService } from './offer.service.js';
import { Idempotent } from '../idempotency/idempotent.js';

@ObjectType({ simpleResolvers: true })
export class OfferFiguresType {
  @Field(() => LoanSimulation, { nullable: true, description: 'Loans: installments and schedule' })
  loan: LoanSimulation | null;

  @Field(() => MoneyScalar, { description: 'Loans: admin fee; services: the price' })
  fee: bigint;

  @Field(() => MoneyScalar, { description: 'PPN on the fee (zero when exempt)' })
  feeVat: bigint;

  @Field(() => MoneyScalar, { nullable: true, description: 'Deposits: gross interest for the term' })
  depositInterest: bigint | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Deposits: final tax on that interest' })
  depositTax: bigint | null;
}

@ObjectType()
export class OfferConnection extends Paginated(Offer) {}

@Resolver(() => Offer)
export class OfferResolver {
  constructor(
    private readonly offerService: OfferService,
    private readonly leads: LeadBoardService,
    private readonly clients: ClientService,
    private readonly downloads: DownloadTokens,
    private readonly vat: VatSettings,
    private readonly dsrLimit: number,
  ) {}

  @Authorized()
  @Query(() => OfferConnection, { description: 'Offers of the leads and clients the viewer may see, newest first' })
  offers(
    @Ctx() ctx: AuthedContext,
    @Arg('filter', () => OfferFilterInput, { nullable: true }) filter: OfferFilterInput | null,
    @Args(() => PageArgsType) page: PageArgsType,
  ): Promise<OfferConnection> {
    return this.offerService.list(ctx.viewer, filter ?? {}, page);
  }

  @Authorized()
  @Query(() => Offer)
  offer(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<Offer> {
    return this.offerService.get(ctx.viewer, id);
  }

  @Authorized()
  @Idempotent()
  @Mutation(() => Offer, { description: 'A DRAFT offer; terms outside the product’s ranges are refused naming the range' })
  createOffer(@Ctx() ctx: AuthedContext, @Arg('input', () => CreateOfferInput) input: CreateOfferInput): Promise<Offer> {
    return this.offerService.create({ actor: ctx.viewer, mutationId: ctx.mutationId }, input);
  }

  @Authorized()
  @Mutation(() => Offer, { description: 'Presents the offer (its PDF at pdfUrl); a NEW or CONTACTED lead moves to PRESENTED' })
  presentOffer(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<Offer> {
    return this.offerService.present({ actor: ctx.viewer, mutationId: ctx.mutationId }, id);
  }

  @Authorized()
  @Mutation(() => Offer)
  acceptOffer(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<Offer> {
    return this.offerService.accept({ actor: ctx.viewer, mutationId: ctx.mutationId }, id);
  }

  @Authorized()
  @Mutation(() => Offer)
  declineOffer(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string, @Arg('reason') reason: string): Promise<Offer> {
    return this.offerService.decline({ actor: ctx.viewer, mutationId: ctx.mutationId }, id, reason);
  }

  @FieldResolver(() => Product)
  product(@Root() offer: Offer, @Ctx() ctx: AuthedContext): Promise<Product | null> {
    return ctx.loaders.product.load(offer.productId);
  }

  @FieldResolver(() => Lead, { nullable: true })
  lead(@Root() offer: Offer, @Ctx() ctx: AuthedContext): Promise<Lead | null> | null {
    return offer.leadId === null ? null : this.leads.find(ctx.viewer, offer.leadId);
  }

  @FieldResolver(() => Client, { nullable: true })
  client(@Root() offer: Offer, @Ctx() ctx: AuthedContext): Promise<Client | null> | null {
    return offer.clientId === null ? null : this.clients.get(ctx.viewer, offer.clientId).catch(() => null);
  }

  @FieldResolver(() => OfferFiguresType)
  async figures(@Root() offer: Offer, @Ctx() ctx: AuthedContext): Promise<OfferFiguresType> {
    const figures = await this.figuresOf(offer, ctx);
    if (!figures.loan) return { ...figures, loan: null };
    const { monthlyIncome, existingInstallments } = await this.applicant(offer, ctx);
    return { ...figures, loan: { ...figures.loan, ...debtService(figures.loan.installment, existingInstallments, monthlyIncome, this.dsrLimit) } };
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Loans: (installment + the applicant’s existing installments) / their monthly income, percent with two decimals; null without an income',
  })
  async dsrPercent(@Root() offer: Offer, @Ctx() ctx: AuthedContext): Promise<number | null> {
    return (await this.debtService(offer, ctx))?.debtServiceRatio ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Above dsrLimitPercent: a warning, the offer may still be presented' })
  async dsrOverLimit(@Root() offer: Offer, @Ctx() ctx: AuthedContext): Promise<boolean> {
    return (await this.debtService(offer, ctx))?.overLimit ?? false;
  }

  @FieldResolver(() => Int, { name: 'dsrLimitPercent', description: 'The debt-service ratio limit, percent (DSR_LIMIT_PERCENT)' })
  dsrLimitPercent(): number {
    return this.dsrLimit;
  }

  private async figuresOf(offer: Offer, ctx: AuthedContext) {
    const product = await ctx.loaders.product.load(offer.productId);
    if (!product) throw new Error(`Product ${offer.productId} missing`);
    const { officeId } = await this.applicant(offer, ctx);
    const zone = officeId === null ? undefined : (await ctx.loaders.office.load(officeId))?.timeZone;
    return offerFigures(offer, product, this.vat, offerScheduleStart(offer, ctx.now(), zone));
  }

  private async debtService(offer: Offer, ctx: AuthedContext) {
    const { loan } = await this.figuresOf(offer, ctx);
    if (!loan) return null;
    const { monthlyIncome, existingInstallments } = await this.applicant(offer, ctx);
    return debtService(loan.installment, existingInstallments, monthlyIncome, this.dsrLimit);
  }

  /**
   * Whom the offer is made to: the client's record once there is one with an income, else the lead's,
   * for the income and the office (whose day the schedule starts on).
   */
  private async applicant(
    offer: Offer,
    ctx: AuthedContext,
  ): Promise<{ officeId: number | null; monthlyIncome: bigint | null; existingInstallments: bigint | null }> {
    const client = offer.clientId === null ? null : await ctx.loaders.visibleClient.load(offer.clientId);
    const lead = offer.leadId === null ? null : await ctx.loaders.visibleLead.load(offer.leadId);
    const officeId = client?.officeId ?? lead?.officeId ?? null;
    if (client?.monthlyIncome != null) return { officeId, monthlyIncome: client.monthlyIncome, existingInstallments: client.existingInstallments };
    return { officeId, monthlyIncome: lead?.monthlyIncome ?? null, existingInstallments: lead?.existingInstallments ?? null };
  }

  @FieldResolver(() => String, { description: 'Where the offer’s PDF downloads; a link for the viewer, valid 15 minutes' })
  async pdfUrl(@Root() offer: Offer, @Ctx() ctx: AuthedContext): Promise<string> {
    return `/offers/${offer.id}/pdf?token=${await this.downloads.issue(ctx.viewer.id, `offer:${offer.id}`)}`;
  }
}
