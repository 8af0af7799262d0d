import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { ComplaintStatus } from '@prospek/shared';
import { readBoard, readColumn } from '../../boards/board-paging.js';
import type { BoardRow } from '../../boards/board-paging.js';
import { dialectOf } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import { NotFoundError } from '../../errors.js';
import { sqlKeysetPage } from '../../graphql/keyset-page.js';
import type { Page, PageArgs } from '../../graphql/keyset-page.js';
import type { AccessService } from '../access/access.service.js';
import type { Scope } from '../access/scope.js';
import { User } from '../user/user.entity.js';
import { parseId } from '../write-context.js';
import { COMPLAINT_BOARD } from './complaint.board.js';
import { complaintColumnsSql, complaintFromSql, complaintSelectSql, toComplaintViews } from './complaint-card.js';
import type { ComplaintRow } from './complaint-card.js';
import type { ComplaintClock } from './complaint-clock.js';
import { ComplaintEvent } from './complaint.entity.js';
import type { ComplaintFilter, ComplaintHistoryEntry, ComplaintView } from './complaint.types.js';

export interface ComplaintColumnRead {
  status: ComplaintStatus;
  count: number;
  breached: number;
  wipLimit: number | null;
  hardLimit: boolean;
  cards: ComplaintView[];
  hasMore: boolean;
  endCursor: string | null;
}

/** Complaints within a viewer's reach: the list, one complaint, its history, and the board. */
export class ComplaintReadService {
  readonly dialect: Dialect;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    readonly clock: ComplaintClock,
    readonly reopenDays: number,
  ) {
    this.dialect = dialectOf(dataSource);
  }

  where(scope: Scope, filter: ComplaintFilter, withStatus = true): { sql: string; params: unknown[] } {
    const q = this.dialect.id;
    const reach = COMPLAINT_BOARD.reach(scope, q);
    const parts = [`(${reach.sql})`, `cp.${q('archivedAt')} IS NULL`];
    const params = [...reach.params];
    const wanted = { ownerId: filter.ownerId, officeId: filter.officeId, clientId: filter.clientId, categoryId: filter.category ?? filter.categoryId };
    for (const key of ['ownerId', 'officeId', 'clientId', 'categoryId'] as const) {
      const id = parseId(key === 'categoryId' ? 'filter.category' : `filter.${key}`, wanted[key]);
      if (id === null) continue;
      parts.push(`cp.${q(key)} = ?`);
      params.push(id);
    }
    if (withStatus && filter.status) {
      parts.push(`cp.${q('status')} = ?`);
      params.push(filter.status);
    }
    return { sql: parts.join(' AND '), params };
  }

  views(manager: EntityManager, rows: ComplaintRow[]): Promise<ComplaintView[]> {
    return toComplaintViews(manager, this.clock, this.reopenDays, rows);
  }

  async list(viewer: User, filter: ComplaintFilter, page: PageArgs): Promise<Page<ComplaintView>> {
    const where = this.where(await this.access.scope(viewer), filter);
    const rows = await sqlKeysetPage<ComplaintRow>(
      this.dataSource,
      { select: complaintColumnsSql(this.dialect), from: complaintFromSql(this.dialect), where: where.sql, params: where.params },
      [{ expression: 'cp.' + this.dialect.id('id'), descending: true }],
      page,
    );
    return { ...rows, nodes: await this.views(this.dataSource.manager, rows.nodes) };
  }

  /** One complaint in reach, NOT_FOUND otherwise (whether it exists or not). */
  async get(viewer: User, id: number, manager: EntityManager = this.dataSource.manager): Promise<ComplaintView> {
    const scope = await this.access.scope(viewer);
    return this.getInScope(scope, id, manager);
  }

  async getInScope(scope: Scope, id: number, manager: EntityManager = this.dataSource.manager): Promise<ComplaintView> {
    const reach = COMPLAINT_BOARD.reach(scope, this.dialect.id);
    const rows: ComplaintRow[] = await manager.query(`${complaintSelectSql(this.dialect)} WHERE cp.${this.dialect.id('id')} = ? AND ${reach.sql}`, [
      id,
      ...reach.params,
    ]);
    if (rows.length === 0) throw new NotFoundError('Complaint', id);
    return (await this.views(manager, rows))[0];
  }

  /** A complaint as anyone allowed sees it (for events, after the writer's access was checked). */
  async view(manager: EntityManager, id: number): Promise<ComplaintView> {
    const rows: ComplaintRow[] = await manager.query(`${complaintSelectSql(this.dialect)} WHERE cp.${this.dialect.id('id')} = ?`, [id]);
    return (await this.views(manager, rows))[0];
  }

  /** The history of complaints already in the reader's reach, oldest first. */
  async histories(ids: readonly number[]): Promise<ComplaintHistoryEntry[][]> {
    const events = await this.dataSource.manager.find(ComplaintEvent, { where: { complaintId: In([...ids]) }, order: { id: 'ASC' } });
    const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is number => id !== null))];
    const actors = actorIds.length ? await this.dataSource.manager.find(User, { where: { id: In(actorIds) }, select: { id: true, name: true } }) : [];
    const names = new Map(actors.map((a) => [a.id, a.name]));
    return ids.map((id) =>
      events
        .filter((e) => e.complaintId === id)
        .map((e) => ({
          id: String(e.id),
          kind: e.kind,
          status: e.status,
          note: e.note,
          actor: e.actorId === null ? null : { id: String(e.actorId), name: names.get(e.actorId) ?? '' },
          at: new Date(e.at),
        })),
    );
  }

  async board(viewer: User, filter: ComplaintFilter, perColumn: number): Promise<ComplaintColumnRead[]> {
    const source = { select: complaintSelectSql(this.dialect), where: this.where(await this.access.scope(viewer), filter, false) };
    const pages = await readBoard<ComplaintStatus, ComplaintRow & BoardRow>(this.dataSource.manager, this.dialect, COMPLAINT_BOARD, source, perColumn);
    const views = await this.views(
      this.dataSource.manager,
      pages.flatMap((p) => p.rows),
    );
    const byId = new Map(views.map((v) => [v.id, v]));
    const limits = await COMPLAINT_BOARD.wipLimits?.(this.dataSource.manager, viewer.officeId);
    return pages.map((p) => {
      const cards = p.rows.map((r) => byId.get(String(r.id)) as ComplaintView);
      const limit = limits?.get(p.column);
      return {
        status: p.column,
        count: p.count,
        breached: cards.filter((c) => c.breached).length,
        wipLimit: limit?.wipLimit ?? null,
        hardLimit: limit?.hardLimit ?? false,
        cards,
        hasMore: p.hasMore,
        endCursor: p.endCursor,
      };
    });
  }

  async column(viewer: User, status: ComplaintStatus, filter: ComplaintFilter, after: string | null, first: number) {
    const source = { select: complaintSelectSql(this.dialect), where: this.where(await this.access.scope(viewer), filter, false) };
    const page = await readColumn<ComplaintStatus, ComplaintRow & BoardRow>(
      this.dataSource.manager,
      this.dialect,
      COMPLAINT_BOARD,
      source,
      status,
      after,
      first,
    );
    return { cards: await this.views(this.dataSource.manager, page.rows), hasMore: page.hasMore, endCursor: page.endCursor };
  }
}
