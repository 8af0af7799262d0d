/**
 * Who may see and change what (officers their own, managers their offices, marketing its campaigns,
 * admins all: docs/architecture.md §5), in one place. Services ask for a viewer's scope and turn
 * it into SQL conditions; each board's declaration (`<area>/<area>.board.ts`) words the same rules as
 * socket rooms.
 */
import type { Role } from '@prospek/shared';
import type { User } from '../user/user.entity.js';
import type { OfficeTree } from './office-tree.js';

export interface Scope {
  user: User;
  role: Role;
  /** Offices whose records the viewer reaches: all of them for an admin (null), a subtree for a manager. */
  officeIds: number[] | null;
}

export function scopeOf(user: User, tree: OfficeTree): Scope {
  if (user.role === 'ADMIN') return { user, role: user.role, officeIds: null };
  if (user.role === 'MANAGER') return { user, role: user.role, officeIds: tree.subtree(user.officeId) };
  return { user, role: user.role, officeIds: [user.officeId] };
}

/** A SQL condition with its parameters, over a table alias. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

const inList = (ids: number[]) => (ids.length === 0 ? '(NULL)' : `(${ids.map(() => '?').join(', ')})`);

/**
 * Leads a viewer may read: an admin all; a manager those of the offices under theirs; an officer their
 * own and their office's pool (unowned leads waiting to be claimed); marketing the leads its office's
 * campaigns brought.
 */
export function leadReadCondition(scope: Scope, q: (name: string) => string): SqlCondition {
  switch (scope.role) {
    case 'ADMIN':
      return { sql: '1 = 1', params: [] };
    case 'MANAGER':
      return { sql: `l.${q('officeId')} IN ${inList(scope.officeIds ?? [])}`, params: scope.officeIds ?? [] };
    case 'OFFICER':
      return {
        sql: `(l.${q('ownerId')} = ? OR (l.${q('ownerId')} IS NULL AND l.${q('officeId')} = ?))`,
        params: [scope.user.id, scope.user.officeId],
      };
    case 'MARKETING':
      return {
        sql: `l.${q('campaignId')} IN (SELECT cm.${q('id')} FROM ${q('campaign')} cm WHERE cm.${q('officeId')} = ?)`,
        params: [scope.user.officeId],
      };
  }
}

/** Whether a viewer who can read a lead may also change it (officers: only their own). */
export function canChangeLead(scope: Scope, lead: { ownerId: number | null; officeId: number }): boolean {
  switch (scope.role) {
    case 'ADMIN':
      return true;
    case 'MANAGER':
      return (scope.officeIds ?? []).includes(lead.officeId);
    case 'OFFICER':
      return lead.ownerId === scope.user.id;
    case 'MARKETING':
      return false;
  }
}

/** Clients a viewer may read: like leads, an officer's own, a manager's offices, all for an admin. */
export function clientReadCondition(scope: Scope, q: (name: string) => string, alias = 'c'): SqlCondition {
  switch (scope.role) {
    case 'ADMIN':
      return { sql: '1 = 1', params: [] };
    case 'MANAGER':
      return { sql: `${alias}.${q('officeId')} IN ${inList(scope.officeIds ?? [])}`, params: scope.officeIds ?? [] };
    case 'OFFICER':
      return { sql: `${alias}.${q('officerId')} = ?`, params: [scope.user.id] };
    case 'MARKETING':
      return { sql: '1 = 0', params: [] };
  }
}

export function canReadClient(scope: Scope, client: { officerId: number | null; officeId: number }): boolean {
  switch (scope.role) {
    case 'ADMIN':
      return true;
    case 'MANAGER':
      return (scope.officeIds ?? []).includes(client.officeId);
    case 'OFFICER':
      return client.officerId === scope.user.id;
    case 'MARKETING':
      return false;
  }
}

/** Whether an office lies within the viewer's reach. */
export function reachesOffice(scope: Scope, officeId: number): boolean {
  return scope.officeIds === null || scope.officeIds.includes(officeId);
}

// --- Marketing tasks ---

/**
 * Tasks a viewer may read: marketing its office's board, managers their offices', officers the tasks
 * they requested or are assigned, admins all.
 */
export function taskReadCondition(scope: Scope, q: (name: string) => string): SqlCondition {
  switch (scope.role) {
    case 'ADMIN':
      return { sql: '1 = 1', params: [] };
    case 'MANAGER':
      return { sql: `t.${q('officeId')} IN ${inList(scope.officeIds ?? [])}`, params: scope.officeIds ?? [] };
    case 'MARKETING':
      return { sql: `t.${q('officeId')} = ?`, params: [scope.user.officeId] };
    case 'OFFICER':
      return { sql: `(t.${q('requesterId')} = ? OR t.${q('assigneeId')} = ?)`, params: [scope.user.id, scope.user.id] };
  }
}

export function canReadTask(scope: Scope, task: { officeId: number; requesterId: number; assigneeId: number | null }): boolean {
  switch (scope.role) {
    case 'ADMIN':
      return true;
    case 'MANAGER':
      return (scope.officeIds ?? []).includes(task.officeId);
    case 'MARKETING':
      return task.officeId === scope.user.officeId;
    case 'OFFICER':
      return task.requesterId === scope.user.id || task.assigneeId === scope.user.id;
  }
}

/** Moving a task across the board is marketing's (and their managers'); requesters edit and comment. */
export function canMoveTask(scope: Scope, task: { officeId: number }): boolean {
  return scope.role === 'ADMIN' || (scope.role !== 'OFFICER' && canReadTask(scope, { ...task, requesterId: 0, assigneeId: null }));
}
