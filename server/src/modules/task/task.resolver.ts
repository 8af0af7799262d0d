import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { TaskStatus } from '@prospek/shared';
import type { AuthedContext } from '../../graphql/context.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { UserSummary } from '../user/user-summary.type.js';
import type { TaskBoardService } from './task-board.service.js';
import { taskFromRow } from './task-card.js';
import { BoardColumnSetting, MarketingTask, TaskComment, TaskStatusEnum } from './task.entity.js';
import type { TaskService } from './task.service.js';
import type { WipLimitService } from './wip-limit.service.js';
import {
  MoveTaskInput,
  NamedRef,
  TaskBoard,
  TaskCard,
  TaskColumnPage,
  TaskFieldsInput,
  TaskFilterInput,
  TaskMoveResult,
  UpdateTaskInput,
} from './task.types.js';
import { Idempotent } from '../idempotency/idempotent.js';

@Resolver(() => MarketingTask)
export class TaskResolver {
  constructor(
    private readonly reads: TaskBoardService,
    private readonly tasks: TaskService,
    private readonly wipLimits: WipLimitService,
    private readonly dataSource: DataSource,
  ) {}

  @Authorized()
  @Query(() => TaskBoard, { description: 'The marketing task board: columns with their WIP limits and first cards' })
  taskBoard(
    @Ctx() ctx: AuthedContext,
    @Arg('filter', () => TaskFilterInput, { nullable: true }) filter: TaskFilterInput | null,
    @Arg('perColumn', () => Int, { defaultValue: 50 }) perColumn: number,
  ): Promise<TaskBoard> {
    return this.reads.board(ctx.viewer, filter ?? {}, perColumn);
  }

  @Authorized()
  @Query(() => TaskColumnPage)
  taskColumn(
    @Ctx() ctx: AuthedContext,
    @Arg('status', () => TaskStatusEnum) status: TaskStatus,
    @Arg('filter', () => TaskFilterInput, { nullable: true }) filter: TaskFilterInput | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<TaskColumnPage> {
    return this.reads.column(ctx.viewer, status, filter ?? {}, after, first);
  }

  @Authorized()
  @Query(() => MarketingTask)
  async task(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<MarketingTask> {
    return taskFromRow(await this.reads.get(ctx.viewer, Number(id) || 0));
  }

  @Authorized()
  @Idempotent()
  @Mutation(() => TaskCard, { description: 'A task on the board of the requester’s office (an officer asking marketing for support)' })
  createTask(@Ctx() ctx: AuthedContext, @Arg('input', () => TaskFieldsInput) input: TaskFieldsInput): Promise<TaskCard> {
    return this.tasks.create({ actor: ctx.viewer, mutationId: ctx.mutationId }, input);
  }

  @Authorized()
  @Mutation(() => TaskCard)
  updateTask(@Ctx() ctx: AuthedContext, @Arg('input', () => UpdateTaskInput) input: UpdateTaskInput): Promise<TaskCard> {
    return this.tasks.update({ actor: ctx.viewer, mutationId: ctx.mutationId }, input);
  }

  @Authorized()
  @Mutation(() => TaskMoveResult, { description: 'Refused past a hard WIP limit; past a soft one it moves with a warning' })
  moveTask(@Ctx() ctx: AuthedContext, @Arg('input', () => MoveTaskInput) input: MoveTaskInput): Promise<TaskMoveResult> {
    return this.tasks.move({ actor: ctx.viewer, mutationId: ctx.mutationId }, input);
  }

  @Authorized()
  @Mutation(() => TaskCard, { description: 'Takes the task off the board (marketing and managers); a stale version is a CONFLICT' })
  archiveTask(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number): Promise<TaskCard> {
    return this.tasks.archive({ actor: ctx.viewer, mutationId: ctx.mutationId }, id, expectedVersion);
  }

  @Authorized()
  @Query(() => [UserSummary], { description: 'Who a task may be assigned to: active marketing users and managers of its office (default: the viewer’s)' })
  taskAssignees(@Ctx() ctx: AuthedContext, @Arg('taskId', () => ID, { nullable: true }) taskId: string | null): Promise<UserSummary[]> {
    return this.reads.assignees(ctx.viewer, taskId);
  }

  @Authorized()
  @Idempotent()
  @Mutation(() => TaskComment, { description: '@name mentions notify that person' })
  commentTask(@Ctx() ctx: AuthedContext, @Arg('taskId', () => ID) taskId: string, @Arg('body') body: string): Promise<TaskComment> {
    return this.tasks.comment({ actor: ctx.viewer, mutationId: ctx.mutationId }, taskId, body);
  }

  @Authorized()
  @Query(() => [BoardColumnSetting], { description: 'Every column’s WIP limit on an office’s board (default: the viewer’s office)' })
  boardColumnSettings(
    @Ctx() ctx: AuthedContext,
    @Arg('board') board: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
  ): Promise<BoardColumnSetting[]> {
    return this.wipLimits.list(ctx.viewer, board, officeId ?? null);
  }

  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => BoardColumnSetting, {
    description: 'A column’s WIP limit (null: none) and whether it is hard, on an office’s board (default: the viewer’s office)',
  })
  updateBoardColumnSetting(
    @Ctx() ctx: AuthedContext,
    @Arg('board') board: string,
    @Arg('columnKey') columnKey: string,
    @Arg('wipLimit', () => Int, { nullable: true }) wipLimit: number | null,
    @Arg('hardLimit') hardLimit: boolean,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
  ): Promise<BoardColumnSetting> {
    return this.wipLimits.update(
      { actor: ctx.viewer, mutationId: ctx.mutationId },
      { board, columnKey, wipLimit: wipLimit ?? null, hardLimit, officeId: officeId ?? null },
    );
  }

  @FieldResolver(() => [TaskComment])
  comments(@Root() task: MarketingTask): Promise<TaskComment[]> {
    return this.dataSource.getRepository(TaskComment).find({ where: { taskId: task.id }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The linked campaign's name, as the card shows it. */
  @FieldResolver(() => NamedRef, { nullable: true })
  async campaign(@Root() task: MarketingTask): Promise<NamedRef | null> {
    if (task.campaignId === null) return null;
    const campaign = await this.dataSource.getRepository(Campaign).findOne({ select: { id: true, name: true }, where: { id: task.campaignId } });
    return campaign ? { id: String(campaign.id), name: campaign.name } : null;
  }

  @FieldResolver(() => UserSummary)
  requester(@Root() task: MarketingTask, @Ctx() ctx: AuthedContext): Promise<UserSummary | null> {
    return ctx.loaders.userSummary.load(task.requesterId);
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  assignee(@Root() task: MarketingTask, @Ctx() ctx: AuthedContext): Promise<UserSummary | null> | null {
    return task.assigneeId === null ? null : ctx.loaders.userSummary.load(task.assigneeId);
  }
}

@Resolver(() => TaskComment)
export class TaskCommentResolver {
  @FieldResolver(() => UserSummary)
  author(@Root() comment: TaskComment, @Ctx() ctx: AuthedContext): Promise<UserSummary | null> {
    return ctx.loaders.userSummary.load(comment.authorId);
  }
}
