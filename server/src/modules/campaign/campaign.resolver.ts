import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, Paginated } from '../../graphql/pagination.js';
import type { AuthedContext } from '../../graphql/context.js';
import { MoneyScalar } from '../../graphql/scalars.js';
import type { LeadBoardService } from '../lead/lead-board.service.js';
import { LeadConnection } from '../lead/lead-board.type.js';
import { Office } from '../office/office.entity.js';
import { Product } from '../product/product.entity.js';
import { Campaign } from './campaign.entity.js';
import { CampaignFieldsInput, CampaignFilterInput, UpdateCampaignInput } from './campaign.inputs.js';
import type { CampaignService } from './campaign.service.js';
import { Idempotent } from '../idempotency/idempotent.js';

@ObjectType({ simpleResolvers: true })
export class CampaignFiguresType {
  @Field(() => Int, { description: 'Leads it brought (not archived)' })
  leads: number;

  @Field(() => Int, { description: 'Of those, won' })
  converted: number;

  @Field(() => MoneyScalar, { description: 'Estimated amounts of the won leads' })
  amountWon: bigint;

  @Field(() => MoneyScalar, { nullable: true, description: 'spend / leads, none while it has no leads' })
  costPerLead: bigint | null;

  @Field(() => Float, { nullable: true, description: 'leads / lead goal, percent' })
  goalProgress: number | null;
}

@ObjectType()
export class CampaignConnection extends Paginated(Campaign) {}

@Resolver(() => Campaign)
export class CampaignResolver {
  constructor(
    private readonly campaignService: CampaignService,
    private readonly leads: LeadBoardService,
  ) {}

  @Authorized()
  @Query(() => CampaignConnection, { description: 'Campaigns of the offices the viewer reaches, latest start first' })
  campaigns(
    @Ctx() ctx: AuthedContext,
    @Arg('filter', () => CampaignFilterInput, { nullable: true }) filter: CampaignFilterInput | null,
    @Args(() => PageArgsType) page: PageArgsType,
  ): Promise<CampaignConnection> {
    return this.campaignService.list(ctx.viewer, filter ?? {}, page);
  }

  @Authorized()
  @Query(() => Campaign)
  campaign(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<Campaign> {
    return this.campaignService.get(ctx.viewer, id);
  }

  @Authorized('MARKETING', 'MANAGER', 'ADMIN')
  @Idempotent()
  @Mutation(() => Campaign)
  createCampaign(@Ctx() ctx: AuthedContext, @Arg('input', () => CampaignFieldsInput) input: CampaignFieldsInput): Promise<Campaign> {
    return this.campaignService.create({ actor: ctx.viewer, mutationId: ctx.mutationId }, input);
  }

  @Authorized('MARKETING', 'MANAGER', 'ADMIN')
  @Mutation(() => Campaign)
  updateCampaign(@Ctx() ctx: AuthedContext, @Arg('input', () => UpdateCampaignInput) input: UpdateCampaignInput): Promise<Campaign> {
    return this.campaignService.update({ actor: ctx.viewer, mutationId: ctx.mutationId }, input);
  }

  @FieldResolver(() => CampaignFiguresType)
  figures(@Root() campaign: Campaign): Promise<CampaignFiguresType> {
    return this.campaignService.figures(campaign);
  }

  @FieldResolver(() => Product, { nullable: true })
  product(@Root() campaign: Campaign, @Ctx() ctx: AuthedContext): Promise<Product | null> | null {
    return campaign.productId === null ? null : ctx.loaders.product.load(campaign.productId);
  }

  @FieldResolver(() => Office)
  office(@Root() campaign: Campaign, @Ctx() ctx: AuthedContext): Promise<Office | null> {
    return ctx.loaders.office.load(campaign.officeId);
  }

  @FieldResolver(() => String, { description: 'The public form’s path' })
  formUrl(@Root() campaign: Campaign): string {
    return `/f/${campaign.slug}`;
  }

  @FieldResolver(() => String, { description: 'A QR code (SVG) of the form’s address, to print on brochures' })
  qrUrl(@Root() campaign: Campaign): string {
    return `/f/${campaign.slug}/qr.svg`;
  }

  @FieldResolver(() => LeadConnection, { description: 'Its leads the viewer may see, newest first' })
  leadsBrought(
    @Root() campaign: Campaign,
    @Ctx() ctx: AuthedContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<LeadConnection> {
    return this.leads.list(ctx.viewer, { campaignId: String(campaign.id) }, first, after);
  }
}
