import { COMPLAINT_STATUSES } from '@prospek/shared';
import type { ComplaintStatus } from '@prospek/shared';
import type { EntityManager } from 'typeorm';
import type { BoardAudience, BoardDefinition, BoardViewer, OfficeAncestry, WipLimit } from '../../boards/board.js';
import type { SqlCondition } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import { BoardColumnSetting } from '../task/task.entity.js';

/** The fields of a complaint that decide who sees it. */
export interface ComplaintVisibility {
  ownerId: string | null;
  officeId: string;
}

const inList = (ids: number[]) => (ids.length === 0 ? '(NULL)' : `(${ids.map(() => '?').join(', ')})`);

/** Complaints a viewer may read: an officer the ones they own, a manager their offices', an admin all, marketing none. */
export function complaintReadCondition(scope: Scope, q: (name: string) => string, alias = 'cp'): SqlCondition {
  switch (scope.role) {
    case 'ADMIN':
      return { sql: '1 = 1', params: [] };
    case 'MANAGER':
      return { sql: `${alias}.${q('officeId')} IN ${inList(scope.officeIds ?? [])}`, params: scope.officeIds ?? [] };
    case 'OFFICER':
      return { sql: `${alias}.${q('ownerId')} = ?`, params: [scope.user.id] };
    case 'MARKETING':
      return { sql: '1 = 0', params: [] };
  }
}

const room = {
  all: 'complaints:all',
  officer: (userId: number | string) => `complaints:officer:${userId}`,
  office: (officeId: number | string) => `complaints:office:${officeId}`,
  limits: (officeId: number | string) => `complaints:limits:${officeId}`,
};

/** The rooms of `complaintReadCondition`: the owner, the managers of the office and those above, admins. */
export const complaintAudience: BoardAudience<ComplaintVisibility> = {
  rooms(visibility: ComplaintVisibility, tree: OfficeAncestry): string[] {
    const rooms = [room.all, ...tree.ancestors(Number(visibility.officeId)).map((id) => room.office(id))];
    if (visibility.ownerId !== null) rooms.push(room.officer(visibility.ownerId));
    return rooms;
  },
  roomsOfViewer(user: BoardViewer): string[] {
    switch (user.role) {
      case 'ADMIN':
        return [room.all];
      case 'MANAGER':
        return [room.office(user.officeId), room.limits(user.officeId)];
      case 'OFFICER':
        return [room.officer(user.id), room.limits(user.officeId)];
      case 'MARKETING':
        return [];
    }
  },
  // Boards show their viewer's office's limits; admins (all offices) pick their own office's.
  columnRooms: (officeId: string) => [room.all, room.limits(officeId)],
};

/** Soft limits unless an office sets its own: a complaint in progress needs attention, not a queue. */
export const COMPLAINT_WIP_DEFAULTS: Readonly<Record<ComplaintStatus, WipLimit>> = {
  OPEN: { wipLimit: null, hardLimit: false },
  IN_PROGRESS: { wipLimit: 8, hardLimit: false },
  WAITING_CLIENT: { wipLimit: null, hardLimit: false },
  RESOLVED: { wipLimit: null, hardLimit: false },
  CLOSED: { wipLimit: null, hardLimit: false },
};

export async function complaintWipLimits(manager: EntityManager, officeId: number): Promise<Map<ComplaintStatus, WipLimit>> {
  const rows = await manager.findBy(BoardColumnSetting, { board: 'complaints', officeId });
  return new Map(
    COMPLAINT_STATUSES.map((status) => {
      const own = rows.find((r) => r.columnKey === status);
      return [status, own ? { wipLimit: own.wipLimit, hardLimit: own.hardLimit } : COMPLAINT_WIP_DEFAULTS[status]];
    }),
  );
}

/** The complaints board: OPEN to CLOSED, counted per column, with each office's WIP limits. */
export const COMPLAINT_BOARD: BoardDefinition<ComplaintStatus, Scope, ComplaintVisibility> = {
  board: 'complaints',
  table: 'complaint',
  alias: 'cp',
  columnField: 'status',
  archivedField: 'archivedAt',
  updatedField: 'updatedAt',
  columns: COMPLAINT_STATUSES,
  wipLimits: complaintWipLimits,
  reach: (scope: Scope, q: (name: string) => string) => complaintReadCondition(scope, q, 'cp'),
  audience: complaintAudience,
};

/** The complaints board's per-office limits as the WIP-limit settings keep them: soft only. */
export const COMPLAINT_WIP_BOARD = { columns: COMPLAINT_STATUSES, defaults: COMPLAINT_WIP_DEFAULTS, hardLimits: false };
