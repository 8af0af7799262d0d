import { TASK_STATUSES } from '@prospek/shared';
import type { TaskStatus } from '@prospek/shared';
import type { BoardAudience, BoardDefinition, BoardViewer, OfficeAncestry } from '../../boards/board.js';
import type { TaskVisibility } from '../../events/visibility.js';
import { taskReadCondition } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import { wipLimitsOf } from './wip-limit.service.js';

/** The marketing board's socket rooms: the rules of `taskReadCondition`, decided when an event is sent. */
export const taskRoom = {
  all: 'tasks:all',
  office: (officeId: number | string) => `tasks:office:${officeId}`,
  marketing: (officeId: number | string) => `tasks:marketing:${officeId}`,
  user: (userId: number | string) => `tasks:user:${userId}`,
  /** Everyone of an office whose board shows that office's column limits. */
  limits: (officeId: number | string) => `tasks:limits:${officeId}`,
};

/**
 * Who hears about a task: marketing its office's board, managers their offices', officers the tasks
 * they requested or are assigned, admins all; an office's limits go to everyone whose board shows them.
 */
export const taskAudience: BoardAudience<TaskVisibility> = {
  rooms(visibility: TaskVisibility, tree: OfficeAncestry): string[] {
    const rooms = [
      taskRoom.all,
      taskRoom.marketing(visibility.officeId),
      ...tree.ancestors(Number(visibility.officeId)).map((id) => taskRoom.office(id)),
      taskRoom.user(visibility.requesterId),
    ];
    if (visibility.assigneeId !== null) rooms.push(taskRoom.user(visibility.assigneeId));
    return rooms;
  },
  roomsOfViewer(user: BoardViewer): string[] {
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
  },
  // Boards show their viewer's office's limits; admins (all offices) pick their own office's.
  columnRooms: (officeId: string) => [taskRoom.all, taskRoom.limits(officeId)],
};

/** The marketing board: tasks by status, counted per column, with each office's WIP limits. */
export const TASK_BOARD: BoardDefinition<TaskStatus, Scope, TaskVisibility> = {
  board: 'tasks',
  table: 'marketing_task',
  alias: 't',
  columnField: 'status',
  archivedField: 'archivedAt',
  updatedField: 'updatedAt',
  columns: TASK_STATUSES,
  wipLimits: wipLimitsOf,
  reach: taskReadCondition,
  audience: taskAudience,
};
