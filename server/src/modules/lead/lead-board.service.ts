import type { DataSource } from 'typeorm';
import { STAGE_PROBABILITY, weightedAmount } from '@prospek/shared';
import type { LeadFilter, LeadStage } from '@prospek/shared';
import { dialectOf } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import { InputError, NotFoundError } from '../../errors.js';
import { MAX_PAGE_SIZE, decodeCursor, encodeCursor } from '../../graphql/pagination.js';
import { sqlKeysetPage } from '../../graphql/keyset-page.js';
import type { Page, PageArgs } from '../../graphql/keyset-page.js';
import type { AccessService } from '../access/access.service.js';
import type { User } from '../user/user.entity.js';
import { columnsFor, leadFromRow } from './lead-card.js';
import type { LeadRow } from './lead-card.js';
import type { LeadBoard, LeadColumn } from './lead-board.type.js';
import type { Lead } from './lead.entity.js';
import { LeadAssignment } from './lead-assignment.entity.js';
import { LeadStageChange } from './lead-stage-change.entity.js';
import { leadKeptWhere, leadWhere } from './lead-query.js';
import { LEAD_BOARD } from './lead.board.js';
import { readBoard, readColumn } from '../../boards/board-paging.js';
import type { BoardRow, CardSource } from '../../boards/board-paging.js';

function pageSize(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw InputError.field('first', 'INVALID', `first must be between 1 and ${MAX_PAGE_SIZE}`, { min: 1, max: MAX_PAGE_SIZE }, 'OUT_OF_RANGE');
  }
  return size;
}

/**
 * Reads of the pipeline: the board (totals per stage over all matching leads, plus each column's
 * first cards) in one statement whatever the number of leads, and keyset-paged columns and lists.
 */
export class LeadBoardService {
  private readonly dialect: Dialect;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {
    this.dialect = dialectOf(dataSource);
  }

  /** The owner's name beside each lead row, from which `leadFromRow` makes the lead's `owner`. */
  private get ownerName(): string {
    const q = this.dialect.id;
    return `(SELECT u.${q('name')} FROM ${q('user')} u WHERE u.${q('id')} = l.${q('ownerId')}) AS ${q('ownerName')}`;
  }

  /** The select list for the Lead fields asked for (`null`: every card column and the owner), with the owner's name when asked. */
  private selectList(fields: Set<string> | null): string[] {
    const columns = columnsFor(fields).map((c) => `l.${this.dialect.id(c)}`);
    if (!fields || fields.has('owner')) columns.push(this.ownerName);
    return columns;
  }

  private select(fields: Set<string> | null): string {
    return this.selectList(fields).join(', ');
  }

  /** The cards of the viewer's reach under `filter`, read with the Lead fields asked for. */
  private async cards(viewer: User, filter: LeadFilter, fields: Set<string> | null): Promise<CardSource> {
    const scope = await this.access.scope(viewer);
    const columns = this.selectList(fields);
    const from = `${this.dialect.id('lead')} l`;
    return {
      select: `SELECT ${columns.join(', ')} FROM ${from}`,
      parts: { columns, from },
      where: leadWhere(scope, filter, this.dialect),
      kept: leadKeptWhere(scope, filter, this.dialect),
    };
  }

  async board(viewer: User, filter: LeadFilter, perColumn: number | null | undefined, fields: Set<string> | null = null): Promise<LeadBoard> {
    const pages = await readBoard<LeadStage, LeadRow & BoardRow>(
      this.dataSource.manager,
      this.dialect,
      LEAD_BOARD,
      await this.cards(viewer, filter, fields),
      perColumn ?? 50,
    );
    const columns = pages.map(({ column: stage, count, total, rows, hasMore, endCursor }): LeadColumn => ({
      stage,
      count,
      totalAmount: total,
      weightedAmount: weightedAmount(stage, total),
      probability: STAGE_PROBABILITY[stage],
      cards: rows.map(leadFromRow),
      hasMore,
      endCursor,
    }));
    return { columns };
  }

  /** The next page of one stage column, after the card named by `after`. */
  async column(
    viewer: User,
    stage: LeadStage,
    filter: LeadFilter,
    after: string | null | undefined,
    first: number | null | undefined,
    fields: Set<string> | null = null,
  ): Promise<{ cards: Lead[]; hasMore: boolean; endCursor: string | null }> {
    const page = await readColumn<LeadStage, LeadRow & BoardRow>(
      this.dataSource.manager,
      this.dialect,
      LEAD_BOARD,
      await this.cards(viewer, filter, fields),
      stage,
      after,
      first ?? 50,
    );
    return { cards: page.rows.map(leadFromRow), hasMore: page.hasMore, endCursor: page.endCursor };
  }

  /** Leads newest first, keyset-paged by id, with the total over the whole filter. */
  async list(viewer: User, filter: LeadFilter, first: number | null | undefined, after: string | null | undefined, fields: Set<string> | null = null) {
    const limit = pageSize(first, 20);
    const { id: q } = this.dialect;
    const where = leadWhere(await this.access.scope(viewer), filter, this.dialect);
    const params: unknown[] = [...where.params];
    let keyset = '';
    if (after) {
      const cursor = decodeCursor(after);
      if (!cursor || typeof cursor[0] !== 'number') throw InputError.field('after', 'INVALID', 'after is not a cursor of this list');
      keyset = ` AND l.${q('id')} < ?`;
      params.push(cursor[0]);
    }
    const [countRows, rows] = await Promise.all([
      this.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('lead')} l WHERE ${where.sql}`, where.params) as Promise<Array<{ n: number | string }>>,
      this.dataSource.query(`SELECT ${this.select(fields)} FROM ${q('lead')} l WHERE ${where.sql}${keyset} ORDER BY l.${q('id')} DESC LIMIT ?`, [
        ...params,
        limit + 1,
      ]) as Promise<LeadRow[]>,
    ]);
    const nodes = rows.map(leadFromRow);
    const hasNextPage = nodes.length > limit;
    if (hasNextPage) nodes.length = limit;
    return {
      nodes,
      totalCount: Number(countRows[0]?.n ?? 0),
      pageInfo: { hasNextPage, endCursor: nodes.length > 0 ? encodeCursor([nodes[nodes.length - 1].id]) : null },
    };
  }

  /** One lead the viewer may see (archived ones included), or NOT_FOUND. */
  async get(viewer: User, id: number): Promise<Lead> {
    const lead = await this.find(viewer, id);
    if (!lead) throw new NotFoundError('Lead', id);
    return lead;
  }

  async find(viewer: User, id: number): Promise<Lead | null> {
    const { id: q } = this.dialect;
    // Archived leads stay readable by id: their page and history remain.
    const where = leadWhere(await this.access.scope(viewer), {}, this.dialect, { includeArchived: true });
    const rows: LeadRow[] = await this.dataSource.query(`SELECT l.*, ${this.ownerName} FROM ${q('lead')} l WHERE l.${q('id')} = ? AND ${where.sql}`, [
      id,
      ...where.params,
    ]);
    return rows.length > 0 ? leadFromRow(rows[0]) : null;
  }

  /** Many leads by id in one statement, those the viewer may see (archived ones included). */
  async findMany(viewer: User, ids: readonly number[]): Promise<Map<number, Lead>> {
    if (ids.length === 0) return new Map();
    const { id: q } = this.dialect;
    const where = leadWhere(await this.access.scope(viewer), {}, this.dialect, { includeArchived: true });
    const rows: LeadRow[] = await this.dataSource.query(
      `SELECT l.*, ${this.ownerName} FROM ${q('lead')} l WHERE l.${q('id')} IN (${ids.map(() => '?').join(', ')}) AND ${where.sql}`,
      [...ids, ...where.params],
    );
    return new Map(rows.map((row) => [Number(row.id), leadFromRow(row)]));
  }

  /** Open leads in reach idle past their stage's limit, longest idle first (since entering the stage or, if later, the last contact). */
  async stale(viewer: User, slas: Partial<Record<LeadStage, number>>, now: Date, ownerId: number | null, page: PageArgs): Promise<Page<Lead>> {
    const { id: q } = this.dialect;
    const where = leadWhere(await this.access.scope(viewer), ownerId ? { ownerId: String(ownerId) } : {}, this.dialect);
    const alternatives: string[] = [];
    const params: unknown[] = [...where.params];
    for (const [stage, days] of Object.entries(slas)) {
      if (stage === 'WON' || stage === 'LOST' || days === undefined) continue;
      const threshold = this.dialect.instant(new Date(now.getTime() - days * 86_400_000));
      alternatives.push(`(l.${q('stage')} = ? AND l.${q('stageEnteredAt')} < ? AND (l.${q('lastActivityAt')} IS NULL OR l.${q('lastActivityAt')} < ?))`);
      params.push(stage, threshold, threshold);
    }
    if (alternatives.length === 0) alternatives.push('1 = 0');
    const [entered, contacted] = [`l.${q('stageEnteredAt')}`, `l.${q('lastActivityAt')}`];
    const idleSince = `CASE WHEN ${contacted} > ${entered} THEN ${contacted} ELSE ${entered} END`;
    const rows = await sqlKeysetPage<LeadRow>(
      this.dataSource,
      { select: this.select(null), from: `${q('lead')} l`, where: `${where.sql} AND (${alternatives.join(' OR ')})`, params },
      [{ expression: idleSince, instant: true }, { expression: `l.${q('id')}` }],
      page,
    );
    return { ...rows, nodes: rows.nodes.map(leadFromRow) };
  }

  history(leadId: number): Promise<LeadStageChange[]> {
    return this.dataSource.getRepository(LeadStageChange).find({ where: { leadId }, order: { changedAt: 'ASC', id: 'ASC' } });
  }

  assignments(leadId: number): Promise<LeadAssignment[]> {
    return this.dataSource.getRepository(LeadAssignment).find({ where: { leadId }, order: { assignedAt: 'ASC', id: 'ASC' } });
  }
}
