import { TASK_STATUSES } from '@prospek/shared';
import type { TaskStatus } from '@prospek/shared';
import type { BoardDefinition } from '../../boards/board.js';
import { taskReadCondition } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import { wipLimitsOf } from './wip-limit.service.js';

/** The marketing board: tasks by status, counted per column, with each office's WIP limits. */
export const TASK_BOARD: BoardDefinition<TaskStatus, Scope> = {
  board: 'tasks',
  table: 'marketing_task',
  alias: 't',
  columnField: 'status',
  archivedField: 'archivedAt',
  columns: TASK_STATUSES,
  wipLimits: wipLimitsOf,
  reach: taskReadCondition,
};
