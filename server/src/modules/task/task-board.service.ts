import type { DataSource, EntityManager } from 'typeorm';
import type { TaskStatus } from '@prospek/shared';
import { dialectOf, likeContains } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import { NotFoundError } from '../../errors.js';
import { readBoard, readColumn } from '../../boards/board-paging.js';
import type { BoardRow } from '../../boards/board-paging.js';
import type { AccessService } from '../access/access.service.js';
import { taskReadCondition } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import type { User } from '../user/user.entity.js';
import type { UserSummary } from '../user/user-summary.type.js';
import { assignableUsers } from './task-assignees.js';
import { toTaskCard } from './task-card.js';
import type { TaskRow } from './task-card.js';
import { TASK_BOARD } from './task.board.js';
import type { TaskBoard, TaskColumnPage, TaskFilterInput } from './task.types.js';

/** Reads of the marketing board, shaped like the pipeline board's: totals over all, first cards per column. */
export class TaskBoardService {
  private readonly dialect: Dialect;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {
    this.dialect = dialectOf(dataSource);
  }

  /** A task row with its card's names, for `SELECT … FROM marketing_task t` plus these joins. */
  cardsSql(): string {
    const q = this.dialect.id;
    return (
      `SELECT t.*, cp.${q('name')} AS ${q('campaignName')}, rq.${q('name')} AS ${q('requesterName')}, asg.${q('name')} AS ${q('assigneeName')}, ` +
      `(SELECT COUNT(*) FROM ${q('task_comment')} tc WHERE tc.${q('taskId')} = t.${q('id')}) AS ${q('commentCount')} ` +
      `FROM ${q('marketing_task')} t LEFT JOIN ${q('campaign')} cp ON cp.${q('id')} = t.${q('campaignId')} ` +
      `JOIN ${q('user')} rq ON rq.${q('id')} = t.${q('requesterId')} LEFT JOIN ${q('user')} asg ON asg.${q('id')} = t.${q('assigneeId')}`
    );
  }

  where(scope: Scope, filter: TaskFilterInput, options: { includeArchived?: boolean } = {}): { sql: string; params: unknown[] } {
    const q = this.dialect.id;
    const reach = taskReadCondition(scope, q);
    const parts = [`(${reach.sql})`];
    const params = [...reach.params];
    if (!options.includeArchived) parts.push(`t.${q('archivedAt')} IS NULL`);
    if (filter.campaignId) {
      parts.push(`t.${q('campaignId')} = ?`);
      params.push(Number(filter.campaignId));
    }
    if (filter.assigneeId) {
      parts.push(`t.${q('assigneeId')} = ?`);
      params.push(Number(filter.assigneeId));
    }
    const term = filter.search?.trim().toLowerCase();
    if (term) {
      parts.push(`LOWER(t.${q('title')}) LIKE ? ESCAPE '!'`);
      params.push(likeContains(term));
    }
    return { sql: parts.join(' AND '), params };
  }

  async board(viewer: User, filter: TaskFilterInput, perColumn: number): Promise<TaskBoard> {
    const source = { select: this.cardsSql(), where: this.where(await this.access.scope(viewer), filter) };
    const [pages, settings] = await Promise.all([
      readBoard<TaskStatus, TaskRow & BoardRow>(this.dataSource.manager, this.dialect, TASK_BOARD, source, perColumn),
      // The header's limits are the viewer's office's, as are the limits set from the settings page.
      TASK_BOARD.wipLimits?.(this.dataSource.manager, viewer.officeId),
    ]);
    return {
      columns: pages.map(({ column: status, count, rows, hasMore, endCursor }) => ({
        status,
        count,
        wipLimit: settings?.get(status)?.wipLimit ?? null,
        hardLimit: settings?.get(status)?.hardLimit ?? false,
        cards: rows.map(toTaskCard),
        hasMore,
        endCursor,
      })),
    };
  }

  async column(viewer: User, status: TaskStatus, filter: TaskFilterInput, after: string | null, first: number): Promise<TaskColumnPage> {
    const source = { select: this.cardsSql(), where: this.where(await this.access.scope(viewer), filter) };
    const page = await readColumn<TaskStatus, TaskRow & BoardRow>(this.dataSource.manager, this.dialect, TASK_BOARD, source, status, after, first);
    return { cards: page.rows.map(toTaskCard), hasMore: page.hasMore, endCursor: page.endCursor };
  }

  /** One task row (with its card's names) the viewer may see, or NOT_FOUND. */
  async loadVisible(manager: EntityManager, scope: Scope, id: number): Promise<TaskRow> {
    const q = this.dialect.id;
    const where = this.where(scope, {}, { includeArchived: true });
    const rows: TaskRow[] = await manager.query(`${this.cardsSql()} WHERE t.${q('id')} = ? AND ${where.sql}`, [id, ...where.params]);
    if (rows.length === 0) throw new NotFoundError('Task', id);
    return rows[0];
  }

  async get(viewer: User, id: number): Promise<TaskRow> {
    return this.loadVisible(this.dataSource.manager, await this.access.scope(viewer), id);
  }

  /** Who the task (a new one: of the viewer's office) may be assigned to; a task out of reach is NOT_FOUND. */
  async assignees(viewer: User, taskId: string | null): Promise<UserSummary[]> {
    const officeId = taskId ? Number((await this.get(viewer, Number(taskId) || 0)).officeId) : viewer.officeId;
    return (await assignableUsers(this.dataSource.manager, officeId)).map((u) => ({ id: String(u.id), name: u.name }));
  }
}
