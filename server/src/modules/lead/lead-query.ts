import type { LeadFilter } from '@prospek/shared';
import { phoneSearchDigits } from '@prospek/shared';
import { likeContains } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import { leadReadCondition } from '../access/scope.js';
import type { Scope } from '../access/scope.js';

/**
 * The WHERE clause over `lead l` for a viewer's scope and a filter: not archived, within reach,
 * and matching the filter exactly as the shared `matchesLeadFilter` does.
 */
export function leadWhere(scope: Scope, filter: LeadFilter, dialect: Dialect, options: { includeArchived?: boolean } = {}): { sql: string; params: unknown[] } {
  const q = dialect.id;
  const parts: string[] = options.includeArchived ? [] : [`l.${q('archivedAt')} IS NULL`];
  const params: unknown[] = [];
  const reach = leadReadCondition(scope, q);
  parts.push(`(${reach.sql})`);
  params.push(...reach.params);
  if (filter.ownerId) {
    parts.push(`l.${q('ownerId')} = ?`);
    params.push(Number(filter.ownerId));
  }
  if (filter.unassigned) parts.push(`l.${q('ownerId')} IS NULL`);
  if (filter.campaignId) {
    parts.push(`l.${q('campaignId')} = ?`);
    params.push(Number(filter.campaignId));
  }
  if (filter.segment) {
    parts.push(`l.${q('segment')} = ?`);
    params.push(filter.segment);
  }
  if (filter.source) {
    parts.push(`l.${q('source')} = ?`);
    params.push(filter.source);
  }
  const term = filter.search?.trim().toLowerCase();
  if (term) {
    const like = likeContains(term);
    const alternatives = [`LOWER(l.${q('fullName')}) LIKE ? ESCAPE '!'`, `LOWER(l.${q('companyName')}) LIKE ? ESCAPE '!'`];
    params.push(like, like);
    const digits = phoneSearchDigits(term);
    if (digits) {
      alternatives.push(`l.${q('phone')} LIKE ? ESCAPE '!'`);
      params.push(likeContains(digits));
    }
    parts.push(`(${alternatives.join(' OR ')})`);
  }
  return { sql: parts.join(' AND '), params };
}

/** The filter fields the kept totals are kept by (see `leadKeptWhere`). */
const KEPT_FILTER_FIELDS: ReadonlySet<string> = new Set(['ownerId', 'unassigned']);

/**
 * The condition over the lead board's kept totals (office and owner) for a viewer's scope and a filter,
 * or null when the reach or the filter looks at anything else (marketing's campaigns, a search, a
 * segment), whose totals are then counted over the leads.
 */
export function leadKeptWhere(scope: Scope, filter: LeadFilter, dialect: Dialect): { sql: string; params: unknown[] } | null {
  if (scope.role === 'MARKETING') return null;
  for (const [field, value] of Object.entries(filter)) {
    const empty = value === null || value === undefined || value === false || (typeof value === 'string' && value.trim() === '');
    if (!empty && !KEPT_FILTER_FIELDS.has(field)) return null;
  }
  const q = dialect.id;
  const reach = leadReadCondition(scope, q);
  const parts = [`(${reach.sql})`];
  const params: unknown[] = [...reach.params];
  if (filter.ownerId) {
    parts.push(`l.${q('ownerId')} = ?`);
    params.push(Number(filter.ownerId));
  }
  if (filter.unassigned) parts.push(`l.${q('ownerId')} IS NULL`);
  return { sql: parts.join(' AND '), params };
}
