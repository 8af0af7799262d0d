import { TASK_STATUSES } from '@prospek/shared';
import type { TaskStatus } from '@prospek/shared';
import type { BoardAudience, BoardDefinition } from '../../boards/board.js';
import type { OfficeTree } from '../access/office-tree.js';
import { taskAudience, taskReadCondition, taskRoomsOfViewer } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import type { TaskVisibility } from '../../events/visibility.js';
import type { User } from '../user/user.entity.js';
import { wipLimitsOf } from './wip-limit.service.js';

/** The marketing board: tasks by status, counted per column, with each office's WIP limits. */
export const TASK_BOARD: BoardDefinition<TaskStatus, Scope, BoardAudience<TaskVisibility, OfficeTree, User>> = {
  board: 'tasks',
  table: 'marketing_task',
  alias: 't',
  columnField: 'status',
  archivedField: 'archivedAt',
  columns: TASK_STATUSES,
  wipLimits: wipLimitsOf,
  reach: taskReadCondition,
  audience: { rooms: taskAudience, roomsOfViewer: taskRoomsOfViewer },
};
