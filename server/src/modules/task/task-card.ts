import type { TaskCardData, TaskStatus } from '@prospek/shared';
import { toBusinessDate, toInstant } from '../../db/columns.js';
import type { TaskVisibility } from '../../events/visibility.js';
import { MarketingTask } from './task.entity.js';

/** A task row joined with the names its card shows (see TaskBoardService.cardsSql). */
export interface TaskRow {
  id: number | string;
  title: string;
  description: string | null;
  status: string;
  position: string;
  campaignId: number | string | null;
  leadId: number | string | null;
  requesterId: number | string;
  assigneeId: number | string | null;
  officeId: number | string;
  dueDate: Date | string | null;
  checklistJson: string;
  archivedAt: Date | string | null;
  version: number | string;
  createdAt: Date | string;
  updatedAt: Date | string;
  campaignName?: string | null;
  requesterName?: string | null;
  assigneeName?: string | null;
  commentCount?: number | string | null;
}

export function taskFromRow(row: TaskRow): MarketingTask {
  const task = new MarketingTask();
  task.id = Number(row.id);
  task.title = row.title;
  task.description = row.description;
  task.status = row.status as TaskStatus;
  task.position = row.position;
  task.campaignId = row.campaignId === null ? null : Number(row.campaignId);
  task.leadId = row.leadId === null ? null : Number(row.leadId);
  task.requesterId = Number(row.requesterId);
  task.assigneeId = row.assigneeId === null ? null : Number(row.assigneeId);
  task.officeId = Number(row.officeId);
  task.dueDate = toBusinessDate(row.dueDate);
  task.checklistJson = row.checklistJson;
  task.archivedAt = toInstant(row.archivedAt);
  task.version = Number(row.version);
  task.createdAt = toInstant(row.createdAt) as Date;
  task.updatedAt = toInstant(row.updatedAt) as Date;
  return task;
}

export function toTaskCard(row: TaskRow): TaskCardData {
  const task = taskFromRow(row);
  const checklist = task.checklist;
  return {
    id: String(task.id),
    title: task.title,
    status: task.status,
    position: task.position,
    campaignId: task.campaignId === null ? null : String(task.campaignId),
    campaign: task.campaignId === null ? null : { id: String(task.campaignId), name: row.campaignName ?? '' },
    leadId: task.leadId === null ? null : String(task.leadId),
    requester: { id: String(task.requesterId), name: row.requesterName ?? '' },
    requesterId: String(task.requesterId),
    assignee: task.assigneeId === null ? null : { id: String(task.assigneeId), name: row.assigneeName ?? '' },
    assigneeId: task.assigneeId === null ? null : String(task.assigneeId),
    officeId: String(task.officeId),
    dueDate: task.dueDate,
    checklistDone: checklist.filter((c) => c.done).length,
    checklistTotal: checklist.length,
    commentCount: Number(row.commentCount ?? 0),
    version: task.version,
  };
}

export function taskVisibility(task: Pick<MarketingTask, 'officeId' | 'requesterId' | 'assigneeId'>): TaskVisibility {
  return { officeId: String(task.officeId), requesterId: String(task.requesterId), assigneeId: task.assigneeId === null ? null : String(task.assigneeId) };
}
