/**
 * Who may see and change what (officers their own, managers their offices, marketing its campaigns,
 * admins all: docs/architecture.md §5), in one place. Services ask for a viewer's scope and turn
 * it into SQL conditions; the realtime hub turns the same rules into socket rooms.
 */
import type { Role } from '@prospek/shared';
import type { LeadVisibility, TaskVisibility } from '../../events/visibility.js';
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

// --- Socket rooms: the same rules, decided when an event is sent. ---

export const leadRoom = {
  all: 'leads:all',
  campaigns: (officeId: number | string) => `leads:campaigns:${officeId}`,
  owner: (userId: number | string) => `leads:owner:${userId}`,
  pool: (officeId: number | string) => `leads:pool:${officeId}`,
  office: (officeId: number | string) => `leads:office:${officeId}`,
};

/** The rooms a lead-board socket of this viewer joins. */
export function leadRoomsOfViewer(user: User): string[] {
  switch (user.role) {
    case 'ADMIN':
      return [leadRoom.all];
    case 'MANAGER':
      return [leadRoom.office(user.officeId)];
    case 'OFFICER':
      return [leadRoom.owner(user.id), leadRoom.pool(user.officeId)];
    case 'MARKETING':
      return [leadRoom.campaigns(user.officeId)];
  }
}

/** The rooms whose members may see a lead with this visibility now. */
export function leadAudience(visibility: LeadVisibility, tree: OfficeTree): string[] {
  const rooms = [leadRoom.all, ...tree.ancestors(Number(visibility.officeId)).map((id) => leadRoom.office(id))];
  rooms.push(visibility.ownerId === null ? leadRoom.pool(visibility.officeId) : leadRoom.owner(visibility.ownerId));
  if (visibility.campaignOfficeId !== null) rooms.push(leadRoom.campaigns(visibility.campaignOfficeId));
  return rooms;
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

export const taskRoom = {
  all: 'tasks:all',
  office: (officeId: number | string) => `tasks:office:${officeId}`,
  marketing: (officeId: number | string) => `tasks:marketing:${officeId}`,
  user: (userId: number | string) => `tasks:user:${userId}`,
  /** Everyone of an office whose board shows that office's column limits. */
  limits: (officeId: number | string) => `tasks:limits:${officeId}`,
};

export function taskRoomsOfViewer(user: User): string[] {
  switch (user.role) {
    case 'ADMIN':
      return [taskRoom.all];
    case 'MANAGER':
      return [taskRoom.office(user.officeId), taskRoom.limits(user.officeId)];
    case 'MARKETING':
      return [taskRoom.marketing(user.officeId), taskRoom.user(user.id), taskRoom.limits(user.officeId)];
    case 'OFFICER':
      return [taskRoom.user(user.id), taskRoom.limits(user.officeId)];
  }
}

export function taskAudience(visibility: TaskVisibility, tree: OfficeTree): string[] {
  const rooms = [
    taskRoom.all,
    taskRoom.marketing(visibility.officeId),
    ...tree.ancestors(Number(visibility.officeId)).map((id) => taskRoom.office(id)),
    taskRoom.user(visibility.requesterId),
  ];
  if (visibility.assigneeId !== null) rooms.push(taskRoom.user(visibility.assigneeId));
  return rooms;
}

// --- Campaigns ---

/**
 * Campaigns are read by the staff of their own office, by the managers of that office and the offices
 * above it, and by admins (see CampaignService).
 */
export const campaignRoom = {
  all: 'campaigns:all',
  /** A manager's: the campaigns of their office and the offices under it. */
  managed: (officeId: number | string) => `campaigns:managed:${officeId}`,
  /** Marketing's and officers': their own office's campaigns only. */
  staff: (officeId: number | string) => `campaigns:staff:${officeId}`,
};

export function campaignRoomsOfViewer(user: User): string[] {
  switch (user.role) {
    case 'ADMIN':
      return [campaignRoom.all];
    case 'MANAGER':
      return [campaignRoom.managed(user.officeId)];
    case 'MARKETING':
    case 'OFFICER':
      return [campaignRoom.staff(user.officeId)];
  }
}

export function campaignAudience(officeId: number | string, tree: OfficeTree): string[] {
  return [campaignRoom.all, campaignRoom.staff(officeId), ...tree.ancestors(Number(officeId)).map((id) => campaignRoom.managed(id))];
}
