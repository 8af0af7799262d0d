import type { DataSource, EntityManager } from 'typeorm';
import { TASK_STATUSES } from '@prospek/shared';
import type { BoardColumnLimit, TaskStatus } from '@prospek/shared';
import type { TransactionRunner } from '../../db/transaction.js';
import { ForbiddenError, InputError, NotFoundError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { reachesOffice } from '../access/scope.js';
import type { User } from '../user/user.entity.js';
import { BoardColumnSetting } from './task.entity.js';
import type { WriteContext } from '../write-context.js';

/** The limits of an office that has set none of its own for a column. */
export const WIP_DEFAULTS: Readonly<Record<TaskStatus, { wipLimit: number | null; hardLimit: boolean }>> = {
  TODO: { wipLimit: null, hardLimit: false },
  IN_PROGRESS: { wipLimit: 5, hardLimit: true },
  REVIEW: { wipLimit: 3, hardLimit: false },
  DONE: { wipLimit: null, hardLimit: false },
};

/** Every column's limit on an office's task board, its own where set and the default otherwise. */
export async function wipLimitsOf(manager: EntityManager, officeId: number): Promise<Map<TaskStatus, BoardColumnSetting>> {
  const rows = await manager.findBy(BoardColumnSetting, { board: 'tasks', officeId });
  return new Map(
    TASK_STATUSES.map((status) => {
      const own = rows.find((r) => r.columnKey === status);
      return [status, own ?? Object.assign(new BoardColumnSetting(), { board: 'tasks', officeId, columnKey: status, ...WIP_DEFAULTS[status] })];
    }),
  );
}

/** A board whose columns take per-office limits: its columns, their defaults, and whether a limit may be hard. */
export interface WipBoard {
  columns: readonly string[];
  defaults: Readonly<Record<string, { wipLimit: number | null; hardLimit: boolean }>>;
  /** Complaints keep coming whatever the load: their limits only warn. */
  hardLimits: boolean;
}

export const TASK_WIP_BOARD: WipBoard = { columns: TASK_STATUSES, defaults: WIP_DEFAULTS, hardLimits: true };

/** Every column's limit on an office's board, its own where set and the default otherwise. */
export async function columnLimitsOf(manager: EntityManager, board: string, spec: WipBoard, officeId: number): Promise<Map<string, BoardColumnSetting>> {
  const rows = await manager.findBy(BoardColumnSetting, { board, officeId });
  return new Map(
    spec.columns.map((key) => {
      const own = rows.find((r) => r.columnKey === key);
      return [key, own ?? Object.assign(new BoardColumnSetting(), { board, officeId, columnKey: key, ...spec.defaults[key] })];
    }),
  );
}

export interface WipLimitChange {
  board: string;
  columnKey: string;
  wipLimit: number | null;
  hardLimit: boolean;
  officeId: string | null;
}

const toLimit = (s: BoardColumnSetting): BoardColumnLimit => ({ columnKey: s.columnKey, wipLimit: s.wipLimit, hardLimit: s.hardLimit });

/**
 * Work-in-progress limits of the boards that have them (the marketing board, the complaints board), per
 * office: cards are counted within their office. Everyone reads their office's; managers set those of
 * the offices they reach, admins any office's.
 */
export class WipLimitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly boards: Readonly<Record<string, WipBoard>> = { tasks: TASK_WIP_BOARD },
  ) {}

  async list(viewer: User, board: string, rawOfficeId: string | null): Promise<BoardColumnSetting[]> {
    const spec = this.boards[board];
    if (!spec) return [];
    const officeId = await this.office(viewer, rawOfficeId);
    return [...(await columnLimitsOf(this.dataSource.manager, board, spec, officeId)).values()];
  }

  async update(ctx: WriteContext, change: WipLimitChange): Promise<BoardColumnSetting> {
    if (ctx.actor.role !== 'MANAGER' && ctx.actor.role !== 'ADMIN') throw new ForbiddenError('Managers and admins set WIP limits');
    const { board } = change;
    const spec = Object.hasOwn(this.boards, board) ? this.boards[board] : undefined;
    if (!spec) throw InputError.field('board', 'INVALID', `board is one of ${Object.keys(this.boards).join(', ')}`);
    if (!spec.columns.includes(change.columnKey)) throw InputError.field('columnKey', 'INVALID', `columnKey is one of ${spec.columns.join(', ')}`);
    const { wipLimit } = change;
    if (wipLimit !== null && (!Number.isInteger(wipLimit) || wipLimit < 1 || wipLimit > 500))
      throw InputError.field('wipLimit', 'INVALID', 'between 1 and 500', { min: 1, max: 500 }, 'OUT_OF_RANGE');
    if (change.hardLimit && !spec.hardLimits) throw InputError.field('hardLimit', 'NOT_ALLOWED', `the ${board} board's limits only warn`);
    const officeId = await this.office(ctx.actor, change.officeId);
    const columnKey = change.columnKey;
    return this.transactions.run(async (tx) => {
      const before = (await columnLimitsOf(tx.manager, board, spec, officeId)).get(columnKey) as BoardColumnSetting;
      const row = { board, officeId, columnKey, wipLimit, hardLimit: change.hardLimit };
      await tx.manager.upsert(BoardColumnSetting, row, ['board', 'officeId', 'columnKey']);
      await tx.audit({
        entityType: 'WipLimit',
        entityId: officeId,
        action: 'update',
        actorId: ctx.actor.id,
        before: { board, columnKey, wipLimit: before.wipLimit, hardLimit: before.hardLimit },
        after: { board, columnKey, wipLimit, hardLimit: change.hardLimit },
      });
      const columns = await columnLimitsOf(tx.manager, board, spec, officeId);
      tx.emit({
        kind: 'board-columns',
        board,
        officeId: String(officeId),
        columns: [...columns.values()].map(toLimit),
        actorId: String(ctx.actor.id),
        mutationId: ctx.mutationId,
      });
      return columns.get(columnKey) as BoardColumnSetting;
    });
  }

  /** The viewer's own office unless another is named; one outside their reach is refused. */
  private async office(viewer: User, raw: string | null): Promise<number> {
    if (raw === null || raw === '') return viewer.officeId;
    const officeId = Number(raw);
    const scope = await this.access.scope(viewer);
    if (!Number.isSafeInteger(officeId) || !reachesOffice(scope, officeId) || !(await this.access.tree()).has(officeId)) {
      throw new NotFoundError('Office', raw);
    }
    return officeId;
  }
}
