import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType } from '../../graphql/pagination.js';
import type { GraphQLResolveInfo } from 'graphql';
import { businessDate, daysSince } from '@prospek/shared';
import type { LeadStage } from '@prospek/shared';
import type { AuthedContext } from '../../graphql/context.js';
import { selectedFields } from '../../graphql/selection.js';
import { CreateLeadInput } from './create-lead.input.js';
import { LeadBoard, LeadColumnPage, LeadConnection } from './lead-board.type.js';
import type { LeadBoardService } from './lead-board.service.js';
import { LeadFilterInput } from './lead-filter.input.js';
import type { DownloadTokens } from '../auth/token.service.js';
import { UserSummary } from '../user/user-summary.type.js';
import { LeadAssignment } from './lead-assignment.entity.js';
import type { LeadAssignmentService } from './lead-assignment.service.js';
import { LeadStageChange } from './lead-stage-change.entity.js';
import { Lead, LeadStageEnum } from './lead.entity.js';
import { withOwner } from './lead-card.js';
import type { LeadService } from './lead.service.js';
import { MoveLeadInput } from './move-lead.input.js';
import { PortfolioHandover } from './portfolio-handover.type.js';
import { UpdateLeadInput } from './update-lead.input.js';
import { Idempotent } from '../idempotency/idempotent.js';

/**
 * Queries and mutations are `@Authorized` one by one rather than on the class: on the class it would
 * also wrap every field resolver of every card in an async auth check.
 */
@Resolver(() => Lead)
export class LeadResolver {
  constructor(
    private readonly board: LeadBoardService,
    private readonly leadService: LeadService,
    private readonly assignmentService: LeadAssignmentService,
    private readonly downloads: DownloadTokens,
  ) {}

  @Authorized()
  @Query(() => LeadBoard, { description: 'Every stage column with its totals and first cards' })
  async leadBoard(
    @Ctx() ctx: AuthedContext,
    @Arg('filter', () => LeadFilterInput, { nullable: true }) filter: LeadFilterInput | null,
    @Arg('perColumn', () => Int, { defaultValue: 50 }) perColumn: number,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LeadBoard> {
    const board = await this.board.board(ctx.viewer, filter ?? {}, perColumn, selectedFields(info, ['columns', 'cards']));
    return board;
  }

  @Authorized()
  @Query(() => LeadColumnPage, { description: 'More cards of one stage column' })
  async leadColumn(
    @Ctx() ctx: AuthedContext,
    @Arg('stage', () => LeadStageEnum) stage: LeadStage,
    @Arg('filter', () => LeadFilterInput, { nullable: true }) filter: LeadFilterInput | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LeadColumnPage> {
    const page = await this.board.column(ctx.viewer, stage, filter ?? {}, after, first, selectedFields(info, ['cards']));
    return page;
  }

  @Authorized()
  @Query(() => LeadConnection)
  async leads(
    @Ctx() ctx: AuthedContext,
    @Arg('filter', () => LeadFilterInput, { nullable: true }) filter: LeadFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LeadConnection> {
    const page = await this.board.list(ctx.viewer, filter ?? {}, first, after, selectedFields(info, ['nodes']));
    return page;
  }

  @Authorized()
  @Query(() => String, { description: 'A download link (15 minutes) of every lead the viewer sees under the filter' })
  async leadExportUrl(
    @Ctx() ctx: AuthedContext,
    @Arg('format', () => String, { defaultValue: 'csv', description: 'csv or xlsx' }) format: string,
    @Arg('filter', () => LeadFilterInput, { nullable: true }) filter: LeadFilterInput | null,
  ): Promise<string> {
    const params = new URLSearchParams({ token: await this.downloads.issue(ctx.viewer.id, 'export:leads') });
    const f = filter ?? {};
    if (f.ownerId) params.set('owner', f.ownerId);
    if (f.segment) params.set('segment', f.segment);
    if (f.source) params.set('source', f.source);
    if (f.search) params.set('q', f.search);
    if (f.campaignId) params.set('campaign', f.campaignId);
    if (f.unassigned) params.set('pool', '1');
    return `/exports/leads.${format === 'xlsx' ? 'xlsx' : 'csv'}?${params.toString()}`;
  }

  @Authorized()
  @Query(() => LeadConnection, {
    description: 'Open leads idle past their stage’s limit: the viewer’s own, or for managers their offices’; longest idle first',
  })
  async staleLeads(
    @Ctx() ctx: AuthedContext,
    @Arg('ownerId', () => ID, { nullable: true }) ownerId: string | null,
    @Args(() => PageArgsType) page: PageArgsType,
  ): Promise<LeadConnection> {
    return this.board.stale(ctx.viewer, await ctx.loaders.stageSla(), ctx.now(), ownerId ? Number(ownerId) : null, page);
  }

  @Authorized()
  @Query(() => Lead)
  async lead(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<Lead> {
    return withOwner(await this.board.get(ctx.viewer, Number(id)), ctx.loaders.userSummary);
  }

  @Authorized()
  @Idempotent()
  @Mutation(() => Lead)
  async createLead(@Ctx() ctx: AuthedContext, @Arg('input', () => CreateLeadInput) input: CreateLeadInput): Promise<Lead> {
    return withOwner(await this.leadService.create({ actor: ctx.viewer, mutationId: ctx.mutationId }, input), ctx.loaders.userSummary);
  }

  @Authorized()
  @Mutation(() => Lead)
  async updateLead(@Ctx() ctx: AuthedContext, @Arg('input', () => UpdateLeadInput) input: UpdateLeadInput): Promise<Lead> {
    return withOwner(await this.leadService.update({ actor: ctx.viewer, mutationId: ctx.mutationId }, input), ctx.loaders.userSummary);
  }

  @Authorized()
  @Mutation(() => Lead, { description: 'Moves a card within or across stage columns' })
  async moveLead(@Ctx() ctx: AuthedContext, @Arg('input', () => MoveLeadInput) input: MoveLeadInput): Promise<Lead> {
    return withOwner(await this.leadService.move({ actor: ctx.viewer, mutationId: ctx.mutationId }, input), ctx.loaders.userSummary);
  }

  @Authorized()
  @Mutation(() => Lead, { description: 'Takes a lead off the board; it stays readable by id' })
  async archiveLead(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<Lead> {
    return withOwner(await this.leadService.archive({ actor: ctx.viewer, mutationId: ctx.mutationId }, id), ctx.loaders.userSummary);
  }

  @Authorized()
  @Mutation(() => Lead, { description: 'Brings an archived lead back onto the board, where it was' })
  async restoreLead(
    @Ctx() ctx: AuthedContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The version the caller holds; a newer one answers CONFLICT' })
    expectedVersion: number | null,
  ): Promise<Lead> {
    return withOwner(await this.leadService.restore({ actor: ctx.viewer, mutationId: ctx.mutationId }, id, expectedVersion), ctx.loaders.userSummary);
  }

  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => Lead, { description: 'Gives a lead (also a pool lead) to an officer the manager manages' })
  async reassignLead(
    @Ctx() ctx: AuthedContext,
    @Arg('id', () => ID) id: string,
    @Arg('ownerId', () => ID) ownerId: string,
    @Arg('reason', () => String, { nullable: true, description: 'Required unless the lead comes from the pool' }) reason: string | null,
  ): Promise<Lead> {
    return withOwner(await this.assignmentService.reassign({ actor: ctx.viewer, mutationId: ctx.mutationId }, id, ownerId, reason), ctx.loaders.userSummary);
  }

  @Authorized('OFFICER')
  @Mutation(() => Lead, { description: 'An officer takes a lead from their office’s pool' })
  async claimLead(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<Lead> {
    return withOwner(await this.assignmentService.claim({ actor: ctx.viewer, mutationId: ctx.mutationId }, id), ctx.loaders.userSummary);
  }

  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => PortfolioHandover, {
    description: 'Hands an officer’s open leads, clients and their open follow-ups to another officer; answers how many of each',
  })
  reassignPortfolio(
    @Ctx() ctx: AuthedContext,
    @Arg('fromOfficerId', () => ID) fromOfficerId: string,
    @Arg('toOfficerId', () => ID) toOfficerId: string,
    @Arg('reason') reason: string,
  ): Promise<PortfolioHandover> {
    return this.assignmentService.reassignPortfolio({ actor: ctx.viewer, mutationId: ctx.mutationId }, fromOfficerId, toOfficerId, reason);
  }

  @FieldResolver(() => [LeadAssignment], { description: 'Every change of officer, oldest first' })
  assignments(@Root() lead: Lead): Promise<LeadAssignment[]> {
    return this.board.assignments(lead.id);
  }

  @FieldResolver(() => String, { nullable: true })
  notes(@Root() lead: Lead, @Ctx() ctx: AuthedContext): Promise<string | null> | string | null {
    return lead.notes !== undefined ? lead.notes : ctx.loaders.leadNotes.load(lead.id);
  }

  @FieldResolver(() => Int, { description: 'Whole days (in the lead’s office’s time zone) since the lead entered its stage' })
  async daysInStage(@Root() lead: Lead, @Ctx() ctx: AuthedContext): Promise<number> {
    const zone = (await ctx.loaders.office.load(lead.officeId))?.timeZone;
    return daysSince(lead.stageEnteredAt, businessDate(ctx.now(), zone), zone);
  }

  @FieldResolver(() => [LeadStageChange])
  stageHistory(@Root() lead: Lead): Promise<LeadStageChange[]> {
    return this.board.history(lead.id);
  }
}

@Resolver(() => LeadStageChange)
export class LeadStageChangeResolver {
  @FieldResolver(() => UserSummary, { nullable: true })
  changedBy(@Root() change: LeadStageChange, @Ctx() ctx: AuthedContext): Promise<UserSummary | null> {
    return ctx.loaders.userSummary.load(change.changedById);
  }
}

@Resolver(() => LeadAssignment)
export class LeadAssignmentResolver {
  @FieldResolver(() => UserSummary, { nullable: true })
  fromOwner(@Root() a: LeadAssignment, @Ctx() ctx: AuthedContext): Promise<UserSummary | null> | null {
    return a.fromOwnerId === null ? null : ctx.loaders.userSummary.load(a.fromOwnerId);
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  toOwner(@Root() a: LeadAssignment, @Ctx() ctx: AuthedContext): Promise<UserSummary | null> | null {
    return a.toOwnerId === null ? null : ctx.loaders.userSummary.load(a.toOwnerId);
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  assignedBy(@Root() a: LeadAssignment, @Ctx() ctx: AuthedContext): Promise<UserSummary | null> {
    return ctx.loaders.userSummary.load(a.assignedById);
  }
}
