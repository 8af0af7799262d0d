import type { DataSource, EntityManager } from 'typeorm';
import { TASK_STATUSES, comparePositions } from '@prospek/shared';
import type { TaskStatus } from '@prospek/shared';
import { dialectOf, likeContains } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import { InputError, NotFoundError } from '../../errors.js';
import { MAX_PAGE_SIZE, checkPageSize, decodeCursor, encodeCursor } from '../../graphql/pagination.js';
import type { AccessService } from '../access/access.service.js';
import { taskReadCondition } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import type { User } from '../user/user.entity.js';
import { toTaskCard } from './task-card.js';
import type { TaskRow } from './task-card.js';
import { wipLimitsOf } from './wip-limit.service.js';
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
    if (!Number.isInteger(perColumn) || perColumn < 1 || perColumn > MAX_PAGE_SIZE) throw InputError.field('perColumn', 'INVALID', `perColumn must be between 1 and ${MAX_PAGE_SIZE}`);
    const q = this.dialect.id;
    const where = this.where(await this.access.scope(viewer), filter);
    const selects = TASK_STATUSES.map(() => `${this.cardsSql()} WHERE t.${q('status')} = ? AND ${where.sql} ORDER BY t.${q('position')}, t.${q('id')} LIMIT ?`);
    const [counts, rows, settings] = await Promise.all([
      this.dataSource.query(`SELECT t.${q('status')} AS status, COUNT(*) AS n FROM ${q('marketing_task')} t WHERE ${where.sql} GROUP BY t.${q('status')}`, where.params) as Promise<
        Array<{ status: TaskStatus; n: number | string }>
      >,
      this.dataSource.query(this.dialect.unionAll(selects), TASK_STATUSES.flatMap((s) => [s, ...where.params, perColumn + 1])) as Promise<TaskRow[]>,
      // The header's limits are the viewer's office's, as are the limits set from the settings page.
      wipLimitsOf(this.dataSource.manager, viewer.officeId),
    ]);
    return {
      columns: TASK_STATUSES.map((status) => {
        const cards = rows
          .filter((r) => r.status === status)
          .map(toTaskCard)
          .sort((a, b) => comparePositions(a.position, b.position) || Number(a.id) - Number(b.id));
        const hasMore = cards.length > perColumn;
        if (hasMore) cards.length = perColumn;
        const last = cards[cards.length - 1];
        const setting = settings.get(status);
        return {
          status,
          count: Number(counts.find((c) => c.status === status)?.n ?? 0),
          wipLimit: setting?.wipLimit ?? null,
          hardLimit: setting?.hardLimit ?? false,
          cards,
          hasMore,
          endCursor: last ? encodeCursor([last.position, Number(last.id)]) : null,
        };
      }),
    };
  }

  async column(viewer: User, status: TaskStatus, filter: TaskFilterInput, after: string | null, first: number): Promise<TaskColumnPage> {
    checkPageSize('first', first);
    const q = this.dialect.id;
    const where = this.where(await this.access.scope(viewer), filter);
    const params: unknown[] = [status, ...where.params];
    let keyset = '';
    if (after) {
      const cursor = decodeCursor(after);
      if (!cursor || typeof cursor[0] !== 'string' || typeof cursor[1] !== 'number') throw InputError.field('after', 'INVALID', 'after is not a cursor of this column');
      keyset = ` AND (t.${q('position')} > ? OR (t.${q('position')} = ? AND t.${q('id')} > ?))`;
      params.push(cursor[0], cursor[0], cursor[1]);
    }
    const rows: TaskRow[] = await this.dataSource.query(
      `${this.cardsSql()} WHERE t.${q('status')} = ? AND ${where.sql}${keyset} ORDER BY t.${q('position')}, t.${q('id')} LIMIT ?`,
      [...params, first + 1],
    );
    const cards = rows.map(toTaskCard);
    const hasMore = cards.length > first;
    if (hasMore) cards.length = first;
    const last = cards[cards.length - 1];
    return { cards, hasMore, endCursor: last ? encodeCursor([last.position, Number(last.id)]) : null };
  }

  /** One task row (with its card's names) the viewer may see, or NOT_FOUND. */
  async loadVisible(manager: EntityManager, scope: Scope, id: number): Promise<TaskRow> {
    const q = this.dialect.id;
    const where = this.where(scope, {}, { includeArchived: true });
    const rows: TaskRow[] = await manager.query(`${this.cardsSql()} WHERE t.${q('id')} = ? AND ${where.sql}`, [
      id,
      ...where.params,
    ]);
    if (rows.length === 0) throw new NotFoundError('Task', id);
    return rows[0];
  }

  async get(viewer: User, id: number): Promise<TaskRow> {
    return this.loadVisible(this.dataSource.manager, await this.access.scope(viewer), id);
  }
}
