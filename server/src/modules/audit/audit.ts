import type { EntityManager } from 'typeorm';
import { moneyToDecimal } from '@prospek/shared';
import { dialectOf, insertRows } from '../../db/sql.js';
import type { AuditInput } from '../../db/transaction.js';
import { AuditEntry } from './audit-entry.entity.js';

function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return moneyToDecimal(value);
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

function json(values: Record<string, unknown> | null | undefined): string | null {
  if (!values) return null;
  return JSON.stringify(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, plain(v)])));
}

/** The fields of `after` whose value differs from `before`, as the two sides of an audit entry. */
export function changes<T extends object>(before: T, after: Partial<T>): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    const old = (before as Record<string, unknown>)[key];
    if (JSON.stringify(plain(old)) !== JSON.stringify(plain(value))) {
      was[key] = old;
      now[key] = value;
    }
  }
  return { before: was, after: now };
}

const row = (entry: AuditInput) => ({
  entityType: entry.entityType,
  entityId: String(entry.entityId),
  action: entry.action,
  actorId: entry.actorId,
  before: json(entry.before),
  after: json(entry.after),
});

/** Writes an audit entry in the caller's transaction: every `tx.audit` lands here. */
export async function recordAudit(manager: EntityManager, entry: AuditInput): Promise<void> {
  await manager.insert(AuditEntry, row(entry));
}

/**
 * Many entries in the caller's transaction, in order, a multi-row insert per five hundred (`tx.auditAll`),
 * bound by position: the query builder's named parameters cost time quadratic in a statement's values.
 */
export async function recordAudits(manager: EntityManager, entries: AuditInput[]): Promise<void> {
  await insertRows(manager, dialectOf(manager.connection), 'audit_entry', entries.map(row));
}
