import type { TaskChangedEvent } from '../../events/domain-events.js';
import type { DataSource, EntityManager } from 'typeorm';
import { isBusinessDate } from '@prospek/shared';
import type { FieldError, TaskStatus } from '@prospek/shared';
import { lockColumn } from '../../boards/board-ordering.js';
import { archiveOnBoard, moveOnBoard, writeVersioned } from '../../boards/board-move.js';
import { TASK_BOARD } from './task.board.js';
import { dialectOf } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import type { Tx, TransactionRunner } from '../../db/transaction.js';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { canMoveTask, reachesOffice } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import { changes } from '../audit/audit.js';
import { Campaign } from '../campaign/campaign.entity.js';
import type { LeadService } from '../lead/lead.service.js';
import type { NotificationService } from '../notification/notification.service.js';
import { User } from '../user/user.entity.js';
import { isAssignable } from './task-assignees.js';
import type { TaskBoardService } from './task-board.service.js';
import { taskFromRow, taskVisibility, toTaskCard } from './task-card.js';
import type { TaskRow } from './task-card.js';
import { MarketingTask, TaskComment } from './task.entity.js';
import type { MoveTaskInput, TaskFieldsInput, UpdateTaskInput } from './task.types.js';
import type { TaskCardData } from '@prospek/shared';
import type { TaskVisibility } from '../../events/visibility.js';
import { parseId } from '../write-context.js';
import type { WriteContext } from '../write-context.js';

/**
 * Writes to the marketing board, on the same engine as the pipeline: fractional ordering, versions
 * checked on every write, events after commit. Columns may carry a WIP limit: past a hard one a move is
 * refused; past a soft one it goes through with a warning.
 */
export class TaskService {
  private readonly dialect: Dialect;

  constructor(
    dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly reads: TaskBoardService,
    private readonly leads: LeadService,
    private readonly notifications: NotificationService,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.dialect = dialectOf(dataSource);
  }

  async create(ctx: WriteContext, input: TaskFieldsInput): Promise<TaskCardData> {
    const scope = await this.access.scope(ctx.actor);
    const values = this.fieldValues(input, true);
    return this.transactions.run(async (tx) => {
      const order = await lockColumn(tx.manager, this.dialect, TASK_BOARD, 'TODO');
      const officeId = ctx.actor.officeId;
      await this.checkRelations(tx.manager, scope, officeId, input, values);
      const position = await order.top();
      const inserted = await tx.manager.insert(MarketingTask, {
        description: null,
        campaignId: null,
        leadId: null,
        assigneeId: null,
        dueDate: null,
        checklistJson: '[]',
        ...values,
        status: 'TODO',
        position,
        requesterId: ctx.actor.id,
        officeId,
        archivedAt: null,
      });
      const id = Number(inserted.identifiers[0].id);
      await tx.audit({ entityType: 'Task', entityId: id, action: 'create', actorId: ctx.actor.id, after: values });
      if (values.assigneeId && values.assigneeId !== ctx.actor.id) await this.notifyAssignee(tx, id, values.assigneeId, values.title ?? '');
      return this.emitCurrent(tx, ctx, id, 'created', null);
    });
  }

  async update(ctx: WriteContext, input: UpdateTaskInput): Promise<TaskCardData> {
    const scope = await this.access.scope(ctx.actor);
    const id = parseId('id', input.id) as number;
    const values = this.fieldValues(input, false);
    return this.transactions.run(async (tx) => {
      const before = await this.loadChangeable(tx, scope, id, false);
      await this.checkRelations(tx.manager, scope, before.officeId, input, values);
      await this.versioned(tx, scope, id, input.expectedVersion, values);
      await tx.audit({ entityType: 'Task', entityId: id, action: 'update', actorId: ctx.actor.id, ...changes(before, values) });
      // Whoever takes a task on themselves needs no message about it.
      if (values.assigneeId && values.assigneeId !== before.assigneeId && values.assigneeId !== ctx.actor.id)
        await this.notifyAssignee(tx, id, values.assigneeId, values.title ?? before.title);
      return this.emitCurrent(tx, ctx, id, 'updated', taskVisibility(before));
    });
  }

  async move(ctx: WriteContext, input: MoveTaskInput): Promise<{ task: TaskCardData; warning: string | null }> {
    const scope = await this.access.scope(ctx.actor);
    const id = parseId('id', input.id) as number;
    const afterId = parseId('afterId', input.afterId);
    const beforeId = parseId('beforeId', input.beforeId);
    return this.transactions.run(async (tx) => {
      const { before, position } = await moveOnBoard(
        tx.manager,
        this.dialect,
        TASK_BOARD,
        { id, column: input.status, afterId, beforeId, expectedVersion: input.expectedVersion },
        {
          load: () => this.loadChangeable(tx, scope, id, true),
          conflict: async () => new ConflictError('Task', toTaskCard(await this.reads.loadVisible(tx.manager, scope, id))),
          reach: TASK_BOARD.reach(scope, this.dialect.id),
        },
      );
      const warning = before.status === input.status ? null : await this.checkWip(tx.manager, before.officeId, input.status, id);
      await this.versioned(tx, scope, id, input.expectedVersion, { status: input.status, position });
      if (before.status !== input.status) {
        await tx.audit({
          entityType: 'Task',
          entityId: id,
          action: 'move',
          actorId: ctx.actor.id,
          before: { status: before.status },
          after: { status: input.status },
        });
      }
      return { task: await this.emitCurrent(tx, ctx, id, 'moved', taskVisibility(before)), warning };
    });
  }

  /** Takes the card off the board (kept for the audit trail and reports), against the version the caller saw. */
  async archive(ctx: WriteContext, rawId: string, expectedVersion: number): Promise<TaskCardData> {
    const scope = await this.access.scope(ctx.actor);
    const id = parseId('id', rawId) as number;
    return this.transactions.run(async (tx) => {
      const { before } = await archiveOnBoard(
        tx.manager,
        TASK_BOARD,
        MarketingTask,
        { id, archivedAt: this.clock(), expectedVersion },
        {
          // An archived task is gone from the board: archiving it again answers NOT_FOUND.
          load: () => this.loadChangeable(tx, scope, id, true),
          mayChange: () => undefined,
          conflict: async () => new ConflictError('Task', toTaskCard(await this.reads.loadVisible(tx.manager, scope, id))),
        },
      );
      await tx.audit({ entityType: 'Task', entityId: id, action: 'archive', actorId: ctx.actor.id });
      return this.emitCurrent(tx, ctx, id, 'removed', taskVisibility(before));
    });
  }

  /** A comment; "@name" mentions (an email's name or a first name in the office) notify that person. */
  async comment(ctx: WriteContext, rawId: string, rawBody: string): Promise<TaskComment> {
    const scope = await this.access.scope(ctx.actor);
    const id = parseId('taskId', rawId) as number;
    const body = rawBody.trim();
    if (!body) throw InputError.field('body', 'REQUIRED', 'Write something');
    if (body.length > 2000) throw InputError.field('body', 'TOO_LONG', 'At most 2000 characters', { max: 2000 });
    return this.transactions.run(async (tx) => {
      const task = taskFromRow(await this.reads.loadVisible(tx.manager, scope, id));
      if (task.archivedAt) throw new NotFoundError('Task', id);
      const inserted = await tx.manager.insert(TaskComment, { taskId: id, authorId: ctx.actor.id, body });
      const commentId = Number(inserted.identifiers[0].id);
      const mentioned = await this.mentioned(tx.manager, body, task);
      for (const user of mentioned) {
        if (user.id === ctx.actor.id) continue;
        await this.notifications.notifyInTx(tx, {
          userId: user.id,
          type: 'MENTION',
          params: { actor: ctx.actor.name, task: task.title },
          title: `${ctx.actor.name} menyebut Anda di "${task.title}"`,
          body: body.slice(0, 200),
          link: `/tasks/${id}`,
          dedupeKey: `mention:${commentId}:${user.id}`,
        });
      }
      await this.emitCurrent(tx, ctx, id, 'updated', taskVisibility(task));
      return tx.manager.findOneByOrFail(TaskComment, { id: commentId });
    });
  }

  private async mentioned(manager: EntityManager, body: string, task: MarketingTask): Promise<User[]> {
    const handles = [...body.matchAll(/@([\p{L}\d._-]{2,40})/gu)].map((m) => m[1].toLowerCase());
    if (handles.length === 0) return [];
    const candidates = await manager.find(User, { where: [{ officeId: task.officeId, active: true }, { id: task.requesterId }] });
    return candidates.filter((u) => handles.some((h) => u.email.split('@')[0].toLowerCase() === h || u.name.split(/\s+/)[0].toLowerCase() === h));
  }

  /** Null when the move fits; a warning past a soft limit; refused past a hard one. */
  private async checkWip(manager: EntityManager, officeId: number, status: TaskStatus, movingId: number): Promise<string | null> {
    const setting = (await TASK_BOARD.wipLimits?.(manager, officeId))?.get(status);
    if (!setting?.wipLimit) return null;
    const q = this.dialect.id;
    const [{ n }] = await manager.query(
      `SELECT COUNT(*) AS n FROM ${q('marketing_task')} WHERE ${q('officeId')} = ? AND ${q('status')} = ? AND ${q('archivedAt')} IS NULL AND ${q('id')} <> ?`,
      [officeId, status, movingId],
    );
    const count = Number(n);
    if (count < setting.wipLimit) return null;
    if (setting.hardLimit) {
      // Refused: the column keeps what it holds.
      const message = `${status} is full (${count} / ${setting.wipLimit}): finish a task there first`;
      throw new InputError([
        { field: 'status', code: 'NOT_ALLOWED', message, params: { status, count, limit: setting.wipLimit }, reason: 'WIP_LIMIT_REACHED' },
      ]);
    }
    // The move stands: say what the column holds now, the moved card included.
    return `${status} holds ${count + 1} / ${setting.wipLimit}: over its work-in-progress limit`;
  }

  private fieldValues(input: TaskFieldsInput, creating: boolean): Partial<MarketingTask> {
    const errors: FieldError[] = [];
    const values: Partial<MarketingTask> = {};
    if (input.title != null || creating) {
      const title = (input.title ?? '').trim();
      if (!title) errors.push({ field: 'title', code: 'REQUIRED', message: 'title is required' });
      else if (title.length > 200) errors.push({ field: 'title', code: 'TOO_LONG', message: 'title must be at most 200 characters', params: { max: 200 } });
      else values.title = title;
    }
    if (input.description !== undefined) values.description = input.description?.trim().slice(0, 5000) || null;
    if (input.dueDate !== undefined) {
      if (input.dueDate && !isBusinessDate(input.dueDate)) errors.push({ field: 'dueDate', code: 'DATE_INVALID', message: 'dueDate must be YYYY-MM-DD' });
      else values.dueDate = input.dueDate ?? null;
    }
    if (input.checklist != null) {
      const list = input.checklist.map((c) => ({ text: c.text.trim().slice(0, 200), done: Boolean(c.done) })).filter((c) => c.text);
      if (list.length > 50) errors.push({ field: 'checklist', code: 'TOO_LONG', message: 'at most 50 checklist items', params: { max: 50 } });
      values.checklistJson = JSON.stringify(list);
    }
    if (errors.length > 0) throw new InputError(errors);
    return values;
  }

  private async checkRelations(manager: EntityManager, scope: Scope, officeId: number, input: TaskFieldsInput, values: Partial<MarketingTask>): Promise<void> {
    if (input.campaignId !== undefined) {
      const campaignId = parseId('campaignId', input.campaignId);
      if (campaignId !== null) {
        const campaign = await manager.findOneBy(Campaign, { id: campaignId });
        if (!campaign || !reachesOffice(scope, campaign.officeId))
          throw InputError.field('campaignId', 'NOT_ALLOWED', 'campaignId is not a campaign you reach');
      }
      values.campaignId = campaignId;
    }
    if (input.leadId !== undefined) {
      const leadId = parseId('leadId', input.leadId);
      if (leadId !== null)
        await this.leads.loadVisible(manager, scope, leadId).catch(() => {
          throw InputError.field('leadId', 'NOT_ALLOWED', 'leadId is not a lead you reach');
        });
      values.leadId = leadId;
    }
    if (input.assigneeId !== undefined) {
      const assigneeId = parseId('assigneeId', input.assigneeId);
      if (assigneeId !== null) {
        const assignee = await manager.findOneBy(User, { id: assigneeId });
        if (!assignee || !isAssignable(assignee, officeId)) {
          throw InputError.field('assigneeId', 'NOT_ALLOWED', 'assigneeId is not a marketing user of the task’s office');
        }
      }
      values.assigneeId = assigneeId;
    }
  }

  private async loadChangeable(tx: Tx, scope: Scope, id: number, moving: boolean): Promise<MarketingTask> {
    const q = this.dialect.id;
    // Lock the task row only, so concurrent writes to one task queue and read its latest version.
    await tx.manager.query(`SELECT ${q('id')} FROM ${q('marketing_task')} WHERE ${q('id')} = ?${this.dialect.forUpdate}`, [id]);
    const task = taskFromRow(await this.reads.loadVisible(tx.manager, scope, id));
    if (task.archivedAt) throw new NotFoundError('Task', id);
    const mayEdit = canMoveTask(scope, task) || (!moving && task.requesterId === scope.user.id);
    if (!mayEdit) throw new ForbiddenError(moving ? 'Marketing moves tasks on its board' : 'You may read this task but not change it');
    return task;
  }

  private async versioned(tx: Tx, scope: Scope, id: number, expectedVersion: number, values: Partial<MarketingTask>): Promise<void> {
    if (!(await writeVersioned(tx.manager, MarketingTask, id, expectedVersion, values)))
      throw new ConflictError('Task', toTaskCard(await this.reads.loadVisible(tx.manager, scope, id)));
  }

  private async notifyAssignee(tx: Tx, taskId: number, assigneeId: number, title: string): Promise<void> {
    await this.notifications.notifyInTx(tx, {
      userId: assigneeId,
      type: 'TASK_ASSIGNED',
      params: { task: title },
      title: `Tugas untuk Anda: ${title}`,
      link: `/tasks/${taskId}`,
      dedupeKey: `task:${taskId}:assignee:${assigneeId}:${Date.now()}`,
    });
  }

  private async emitCurrent(
    tx: Tx,
    ctx: WriteContext,
    id: number,
    type: 'created' | 'updated' | 'moved' | 'removed',
    previous: TaskVisibility | null,
  ): Promise<TaskCardData> {
    // Read as the system: the card goes to whoever may see it now, whether or not the actor still does.
    const row: TaskRow = await this.reads.loadVisible(tx.manager, { user: ctx.actor, role: 'ADMIN', officeIds: null }, id);
    const card = toTaskCard(row);
    tx.emit({
      kind: 'card',
      board: 'tasks',
      type,
      card,
      visibility: taskVisibility(taskFromRow(row)),
      previousVisibility: previous,
      actorId: String(ctx.actor.id),
      mutationId: ctx.mutationId,
    } satisfies TaskChangedEvent);
    return card;
  }
}
