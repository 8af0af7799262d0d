import type { EntityManager } from 'typeorm';
import type { Dialect } from '../../db/sql.js';
import { InputError } from '../../errors.js';
import type { Scope } from '../access/scope.js';
import { leadWhere } from './lead-query.js';

/** The oldest open lead (neither won, lost nor archived) with this phone, among those `scope` reads if given. */
export async function openLeadWithPhone(
  manager: EntityManager,
  dialect: Dialect,
  phone: string,
  scope?: Scope,
): Promise<{ id: number; fullName: string } | null> {
  const q = dialect.id;
  const reach = scope ? leadWhere(scope, {}, dialect) : { sql: `l.${q('archivedAt')} IS NULL`, params: [] };
  const rows: Array<{ id: number | string; fullName: string }> = await manager.query(
    `SELECT l.${q('id')} AS id, l.${q('fullName')} AS ${q('fullName')} FROM ${q('lead')} l ` +
      `WHERE l.${q('phone')} = ? AND l.${q('stage')} NOT IN ('WON', 'LOST') AND ${reach.sql} ORDER BY l.${q('id')} LIMIT 1`,
    [phone, ...reach.params],
  );
  return rows.length > 0 ? { id: Number(rows[0].id), fullName: rows[0].fullName } : null;
}

/**
 * A second open lead for one phone splits the history of one prospect: refused, naming the open lead
 * only to a caller who may read it.
 */
export async function refuseOpenTwin(manager: EntityManager, dialect: Dialect, scope: Scope, phone: string): Promise<void> {
  if (!(await openLeadWithPhone(manager, dialect, phone))) return;
  const seen = await openLeadWithPhone(manager, dialect, phone, scope);
  throw InputError.field(
    'phone',
    'DUPLICATE',
    'An open lead already has this phone number',
    seen ? { leadId: String(seen.id), fullName: seen.fullName } : undefined,
  );
}
