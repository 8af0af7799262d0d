/**
 * Domain events: what changed, published only after the transaction that changed it commits.
 * The realtime hub turns them into Socket.IO messages; later, notifications and reports listen too.
 */
import { EventEmitter } from 'node:events';
import type {
  BoardColumnLimit,
  BoardEventType,
  CampaignCardData,
  ImportProgress,
  LeadCardData,
  NotificationData,
  StageSlaData,
  TaskCardData,
} from '@prospek/shared';
import type { LeadVisibility, TaskVisibility } from './visibility.js';

export interface LeadChangedEvent {
  kind: 'lead';
  type: BoardEventType;
  card: LeadCardData;
  visibility: LeadVisibility;
  previousVisibility: LeadVisibility | null;
  actorId: string;
  mutationId: string | null;
}

/** A user's access changed (deactivated, role or office changed, password reset): their sockets must go. */
export interface UserAccessChangedEvent {
  kind: 'user-access';
  userId: number;
  /** `credentials`: the password was changed or reset, so the user's tokens no longer work. */
  reason: 'deactivated' | 'changed' | 'credentials';
}

/** The branch tree changed: cached trees are stale on every instance. */
export interface OfficesChangedEvent {
  kind: 'offices';
}

/** A notification was stored for a user: push it to their open sockets. */
export interface NotificationEvent {
  kind: 'notification';
  userId: number;
  notification: NotificationData;
}

/** Progress of a lead import, for the user who started it. */
export interface ImportProgressEvent {
  kind: 'import-progress';
  userId: number;
  progress: ImportProgress;
}

/** Many leads arrived at once in an office's pool (or for an officer): their boards read again. */
export interface LeadsBulkChangedEvent {
  kind: 'leads-bulk';
  visibility: LeadVisibility;
}

export interface TaskChangedEvent {
  kind: 'task';
  type: BoardEventType;
  card: TaskCardData;
  visibility: TaskVisibility;
  previousVisibility: TaskVisibility | null;
  actorId: string;
  mutationId: string | null;
}

/** A campaign was created or edited: those who reach its office (and its former office) hear it. */
export interface CampaignChangedEvent {
  kind: 'campaign';
  type: BoardEventType;
  card: CampaignCardData;
  /** Its office before the change, when the change moved it to another office. */
  previousOfficeId: string | null;
  actorId: string;
  mutationId: string | null;
}

/** An office's WIP limits on the task board changed. */
export interface BoardColumnsChangedEvent {
  kind: 'board-columns';
  board: 'tasks';
  officeId: string;
  columns: BoardColumnLimit[];
  actorId: string;
  mutationId: string | null;
}

/** A stage's idle limit changed; it is the same for everyone. */
export interface StageSlaChangedEvent {
  kind: 'stage-sla';
  sla: StageSlaData;
}

export type DomainEvent =
  | LeadChangedEvent
  | TaskChangedEvent
  | CampaignChangedEvent
  | BoardColumnsChangedEvent
  | StageSlaChangedEvent
  | UserAccessChangedEvent
  | OfficesChangedEvent
  | NotificationEvent
  | ImportProgressEvent
  | LeadsBulkChangedEvent;

export class EventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(50);
  }

  publish(event: DomainEvent): void {
    this.emitter.emit('event', event);
  }

  /** A listener that throws is logged; the publisher (a committed write) and the other listeners go on. */
  subscribe(listener: (event: DomainEvent) => void): () => void {
    const isolated = (event: DomainEvent) => {
      try {
        listener(event);
      } catch (error) {
        console.error(`Event listener failed on a ${event.kind} event`, error);
      }
    };
    this.emitter.on('event', isolated);
    return () => this.emitter.off('event', isolated);
  }
}
