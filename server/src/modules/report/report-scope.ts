/**
 * Whose figures a report may show: officers their own, managers their office tree, admins all. The
 * optional office and officer filters narrow that reach; naming one outside it answers NOT_FOUND, as
 * for any record. Offices are grouped by time zone so that each is cut at its own midnight.
 */
import { In } from 'typeorm';
import type { DataSource } from 'typeorm';
import { officeZone } from '@prospek/shared';
import type { OfficeTimeZone } from '@prospek/shared';
import { NotFoundError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { Office } from '../office/office.entity.js';
import { User } from '../user/user.entity.js';
import { instantBounds } from './report-period.js';
import type { Period } from './report-period.js';
import { reportReader } from './report-reader.js';

export interface ReportScope {
  /** The offices reported on, never empty. */
  officeIds: number[];
  /** Only this officer's records (an officer always; a manager or admin when filtering). */
  officerId: number | null;
  /** The offices of each time zone among officeIds. */
  zones: Map<OfficeTimeZone, number[]>;
  zoneOf: Map<number, OfficeTimeZone>;
}

const parseId = (text: string | null | undefined): number | null =>
  text === null || text === undefined || text === '' ? null : /^\d{1,9}$/.test(text) ? Number(text) : -1;

export async function reportScope(
  dataSource: DataSource,
  access: AccessService,
  viewer: User,
  officeArg: string | null | undefined,
  officerArg: string | null | undefined,
): Promise<ReportScope> {
  const scope = await access.scope(viewer);
  const tree = await access.tree();
  const reach = scope.role === 'OFFICER' || scope.role === 'MARKETING' ? [viewer.officeId] : scope.officeIds;
  let officeIds: number[];
  const officeId = parseId(officeArg);
  if (officeId !== null) {
    if (officeId < 0 || !tree.has(officeId) || (reach !== null && !reach.includes(officeId))) throw new NotFoundError('Office', officeArg ?? '');
    officeIds = scope.role === 'OFFICER' ? [officeId] : tree.subtree(officeId);
  } else {
    officeIds = reach ?? (await reportReader(dataSource).find(Office, { select: { id: true } })).map((o) => o.id);
  }
  let officerId: number | null = scope.role === 'OFFICER' ? viewer.id : null;
  const asked = parseId(officerArg);
  if (asked !== null) {
    if (scope.role === 'OFFICER' && asked !== viewer.id) throw new NotFoundError('User', officerArg ?? '');
    const officer = asked < 0 ? null : await reportReader(dataSource).findOne(User, { where: { id: asked }, select: { id: true, officeId: true } });
    if (!officer || !officeIds.includes(officer.officeId)) throw new NotFoundError('User', officerArg ?? '');
    officerId = asked;
  }
  const offices = await reportReader(dataSource).find(Office, { where: { id: In(officeIds) }, select: { id: true, timeZone: true } });
  const zoneOf = new Map(offices.map((o) => [o.id, officeZone(o.timeZone)]));
  const zones = new Map<OfficeTimeZone, number[]>();
  for (const id of officeIds) {
    const zone = zoneOf.get(id) ?? officeZone(null);
    zones.set(zone, [...(zones.get(zone) ?? []), id]);
  }
  return { officeIds, officerId, zones, zoneOf };
}

export const placeholders = (values: readonly unknown[]): string => (values.length === 0 ? '(NULL)' : `(${values.map(() => '?').join(', ')})`);

/**
 * `(office in zone A AND instant in A's period) OR (…B…)`: an instant column within the period, each office
 * cut at its own midnight. `bind` turns a Date into what the driver takes in a raw query.
 */
export function periodCondition(
  scope: ReportScope,
  period: Period,
  officeColumn: string,
  instantColumn: string,
  bind: (date: Date) => Date | string,
): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  let first: Date | null = null;
  let last: Date | null = null;
  for (const [zone, ids] of scope.zones) {
    const { start, end } = instantBounds(period, zone);
    parts.push(`(${officeColumn} IN ${placeholders(ids)} AND ${instantColumn} >= ? AND ${instantColumn} < ?)`);
    params.push(...ids, bind(start), bind(end));
    if (!first || start < first) first = start;
    if (!last || end > last) last = end;
  }
  if (!first || !last) return { sql: '1 = 0', params };
  // The zones' bounds together first: one range an index on the instant column can seek.
  return { sql: `(${instantColumn} >= ? AND ${instantColumn} < ? AND (${parts.join(' OR ')}))`, params: [bind(first), bind(last), ...params] };
}
