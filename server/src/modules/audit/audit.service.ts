import { In } from 'typeorm';
import type { DataSource } from 'typeorm';
import { addDays, startOfBusinessDate } from '@prospek/shared';
import { isMysql } from '../../db/data-source.js';
import { dialectOf } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import { ForbiddenError, InputError, NotFoundError } from '../../errors.js';
import { checkPageSize, decodeCursor, encodeCursor } from '../../graphql/pagination.js';
import { keysetPage } from '../../graphql/keyset-page.js';
import type { Page, PageArgs } from '../../graphql/keyset-page.js';
import type { AccessService } from '../access/access.service.js';
import { officeTimeZone } from '../office/office-zone.js';
import type { User } from '../user/user.entity.js';
import { AuditEntry } from './audit-entry.entity.js';
import type { AuditFilterInput } from './audit.inputs.js';

/** Answers NOT_FOUND unless the viewer reaches the record (each area's own scoped read). */
export type ReachCheck = (viewer: User, id: string) => Promise<unknown>;

export interface AuditPage {
  nodes: AuditEntry[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const DEFAULT_PAGE_SIZE = 50;
const NAME_MAX = 40;

function requireManager(viewer: User): void {
  if (viewer.role !== 'MANAGER' && viewer.role !== 'ADMIN') throw new ForbiddenError('Only managers and admins read the audit trail');
}

/**
 * Reads the audit trail, for managers and admins: of one record they reach, or the whole log of the
 * people they reach (a manager: the users of their office and the offices under it).
 */
export class AuditService {
  private readonly dialect: Dialect;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly reach: Readonly<Record<string, ReachCheck>>,
  ) {
    this.dialect = dialectOf(dataSource);
  }

  /** The entity types whose trail can be read. */
  get entityTypes(): string[] {
    return Object.keys(this.reach);
  }

  async trail(viewer: User, entityType: string, entityId: string, page: PageArgs): Promise<Page<AuditEntry>> {
    requireManager(viewer);
    const check = Object.hasOwn(this.reach, entityType) ? this.reach[entityType] : undefined;
    if (!check || !/^[1-9]\d{0,15}$/.test(entityId)) throw new NotFoundError(entityType, entityId);
    await check(viewer, entityId);
    const qb = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .where('a.entityType = :entityType AND a.entityId = :entityId', { entityType, entityId });
    return keysetPage(
      qb,
      [
        { expression: 'a.at', descending: true, instant: true },
        { expression: 'a.id', descending: true },
      ],
      page,
    );
  }

  /** Entries newest first, paged on id; `from`/`to` are business dates in Asia/Jakarta, both inclusive. */
  async page(viewer: User, filter: AuditFilterInput, first: number | null | undefined, after: string | null | undefined): Promise<AuditPage> {
    requireManager(viewer);
    const limit = checkPageSize('first', first ?? DEFAULT_PAGE_SIZE);
    const q = this.dialect.id;
    const parts: string[] = [];
    const params: unknown[] = [];
    const scope = await this.access.scope(viewer);
    if (scope.officeIds !== null) {
      const offices = scope.officeIds.length ? scope.officeIds : [0];
      parts.push(`a.${q('actorId')} IN (SELECT u.${q('id')} FROM ${q('user')} u WHERE u.${q('officeId')} IN (${offices.map(() => '?').join(', ')}))`);
      params.push(...offices);
    }
    if (filter.actorId) {
      if (!/^[1-9]\d{0,15}$/.test(filter.actorId)) throw InputError.field('filter.actorId', 'INVALID', 'actorId is not an id');
      parts.push(`a.${q('actorId')} = ?`);
      params.push(Number(filter.actorId));
    }
    for (const key of ['entityType', 'action'] as const) {
      const value = filter[key];
      if (!value) continue;
      if (value.length > NAME_MAX) throw InputError.field(`filter.${key}`, 'TOO_LONG', `${key} is longer than ${NAME_MAX} characters`, { max: NAME_MAX });
      parts.push(`a.${q(key)} = ?`);
      params.push(value);
    }
    if (filter.from && filter.to && filter.from > filter.to) throw InputError.field('filter.to', 'INVALID', 'to is before from');
    // A day of the filter is a day of the viewer's office.
    const zone = filter.from || filter.to ? await officeTimeZone(this.dataSource.manager, viewer.officeId) : undefined;
    if (filter.from) {
      parts.push(`a.${q('at')} >= ?`);
      params.push(this.instant(startOfBusinessDate(filter.from, zone)));
    }
    if (filter.to) {
      parts.push(`a.${q('at')} < ?`);
      params.push(this.instant(startOfBusinessDate(addDays(filter.to, 1), zone)));
    }
    const where = parts.length ? parts.join(' AND ') : '1 = 1';
    const pageParams = [...params];
    let keyset = '';
    if (after) {
      const cursor = decodeCursor(after);
      if (!cursor || typeof cursor[0] !== 'number') throw InputError.field('after', 'INVALID', 'after is not a cursor of this list');
      keyset = ` AND a.${q('id')} < ?`;
      pageParams.push(cursor[0]);
    }
    const table = q('audit_entry');
    const [[{ n }], rows] = await Promise.all([
      this.dataSource.query(`SELECT COUNT(*) AS n FROM ${table} a WHERE ${where}`, params) as Promise<Array<{ n: number | string }>>,
      this.dataSource.query(`SELECT a.${q('id')} AS id FROM ${table} a WHERE ${where}${keyset} ORDER BY a.${q('id')} DESC LIMIT ?`, [
        ...pageParams,
        limit + 1,
      ]) as Promise<Array<{ id: number | string }>>,
    ]);
    const ids = rows.map((r) => Number(r.id));
    const hasNextPage = ids.length > limit;
    if (hasNextPage) ids.length = limit;
    const entries = ids.length ? await this.dataSource.getRepository(AuditEntry).findBy({ id: In(ids) }) : [];
    const byId = new Map(entries.map((e) => [e.id, e]));
    const nodes = ids.map((id) => byId.get(id)).filter((e): e is AuditEntry => e !== undefined);
    return { nodes, totalCount: Number(n), pageInfo: { hasNextPage, endCursor: nodes.length ? encodeCursor([nodes[nodes.length - 1].id]) : null } };
  }

  /**
   * An instant as the `at` column compares with it. SQLite keeps `at` as UTC text with whole seconds
   * (`2026-11-24 17:00:00`); a bound with `.000` appended would sort after the very second it names.
   */
  private instant(date: Date): Date | string {
    return isMysql(this.dataSource)
      ? date
      : date
          .toISOString()
          .replace('T', ' ')
          .replace(/(\.000)?Z$/, '');
  }
}
