import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import DataLoader from 'dataloader';
import type { ComplaintChannel, ComplaintStatus } from '@prospek/shared';
import { LocalDateScalar } from '../../graphql/scalars.js';
import type { AuthedContext } from '../../graphql/context.js';
import { Idempotent } from '../idempotency/idempotent.js';
import { requireId } from '../write-context.js';
import type { ComplaintLifecycleService } from './complaint-lifecycle.service.js';
import type { ComplaintReadService } from './complaint-read.service.js';
import type { ComplaintService } from './complaint.service.js';
import {
  ComplaintBoard,
  ComplaintChannelEnum,
  ComplaintConnection,
  ComplaintFilter,
  ComplaintHistoryEntry,
  ComplaintStatusEnum,
  ComplaintView,
  CreateComplaintInput,
  MoveComplaintInput,
  ResolveComplaintInput,
} from './complaint.types.js';
import { ComplaintColumnPage } from './complaint.types.js';

const histories = new WeakMap<object, DataLoader<number, ComplaintHistoryEntry[]>>();

/** Complaints: officers their own, managers their offices', admins all; marketing none. */
@Resolver(() => ComplaintView)
export class ComplaintResolver {
  constructor(
    private readonly writes: ComplaintService,
    private readonly lifecycle: ComplaintLifecycleService,
    private readonly reads: ComplaintReadService,
  ) {}

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => ComplaintConnection, { description: 'Complaints in reach, newest first, with their SLA as of now' })
  complaints(
    @Ctx() ctx: AuthedContext,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter: ComplaintFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ComplaintConnection> {
    return this.reads.list(ctx.viewer, filter ?? {}, { first, after });
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => ComplaintView)
  complaint(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<ComplaintView> {
    return this.reads.get(ctx.viewer, requireId('id', id));
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => ComplaintBoard, { description: 'Complaints in reach by status, with counts, WIP limits and each card’s working days left' })
  async complaintBoard(
    @Ctx() ctx: AuthedContext,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter: ComplaintFilter | null,
    @Arg('perColumn', () => Int, { defaultValue: 50 }) perColumn: number,
  ): Promise<ComplaintBoard> {
    return { columns: await this.reads.board(ctx.viewer, filter ?? {}, perColumn) };
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => ComplaintColumnPage, { description: 'The next cards of one column of the complaints board' })
  complaintColumn(
    @Ctx() ctx: AuthedContext,
    @Arg('status', () => ComplaintStatusEnum) status: ComplaintStatus,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter: ComplaintFilter | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<ComplaintColumnPage> {
    return this.reads.column(ctx.viewer, status, filter ?? {}, after, first);
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Idempotent()
  @Mutation(() => ComplaintView, { description: 'Logs a complaint of a client (owned by their officer) or of a lead' })
  createComplaint(@Ctx() ctx: AuthedContext, @Arg('input', () => CreateComplaintInput) input: CreateComplaintInput): Promise<ComplaintView> {
    return this.writes.create({ actor: ctx.viewer, mutationId: ctx.mutationId }, input);
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Mutation(() => ComplaintView, {
    description: 'Moves a complaint on the board against the version read (OPEN, IN_PROGRESS, WAITING_CLIENT; RESOLVED to CLOSED)',
  })
  moveComplaint(@Ctx() ctx: AuthedContext, @Arg('input', () => MoveComplaintInput) input: MoveComplaintInput): Promise<ComplaintView> {
    return this.writes.move({ actor: ctx.viewer, mutationId: ctx.mutationId }, input);
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Mutation(() => ComplaintView, { description: 'The one extension of the deadline, with the reason told to the client, how and on which day' })
  extendComplaint(
    @Ctx() ctx: AuthedContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Arg('toldVia', () => ComplaintChannelEnum, { description: 'How the client was told of the extension' }) toldVia: ComplaintChannel,
    @Arg('toldOn', () => LocalDateScalar, { description: 'The business day the client was told: not before the complaint was received, not in the future' })
    toldOn: string,
  ): Promise<ComplaintView> {
    return this.lifecycle.extend({ actor: ctx.viewer, mutationId: ctx.mutationId }, { id, reason, toldVia, toldOn });
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Mutation(() => ComplaintView, { description: 'Resolves a complaint under a policy, recording how and when the answer reached the client' })
  resolveComplaint(@Ctx() ctx: AuthedContext, @Arg('input', () => ResolveComplaintInput) input: ResolveComplaintInput): Promise<ComplaintView> {
    return this.lifecycle.resolve({ actor: ctx.viewer, mutationId: ctx.mutationId }, input);
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Mutation(() => ComplaintView, { description: 'Reopens a resolved or closed complaint within COMPLAINT_REOPEN_DAYS of its answer' })
  reopenComplaint(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string, @Arg('reason') reason: string): Promise<ComplaintView> {
    return this.lifecycle.reopen({ actor: ctx.viewer, mutationId: ctx.mutationId }, id, reason);
  }

  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => ComplaintView, { description: 'Hands a complaint to another officer of the manager’s offices' })
  reassignComplaint(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string, @Arg('ownerId', () => ID) ownerId: string): Promise<ComplaintView> {
    return this.lifecycle.reassign({ actor: ctx.viewer, mutationId: ctx.mutationId }, id, ownerId);
  }

  @FieldResolver(() => [ComplaintHistoryEntry], { description: 'What happened, oldest first: the statuses the SLA reads' })
  timeline(@Ctx() ctx: AuthedContext, @Root() complaint: ComplaintView): Promise<ComplaintHistoryEntry[]> {
    let loader = histories.get(ctx);
    if (!loader) {
      loader = new DataLoader<number, ComplaintHistoryEntry[]>((ids) => this.reads.histories(ids));
      histories.set(ctx, loader);
    }
    return loader.load(Number(complaint.id));
  }
}
