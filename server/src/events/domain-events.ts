/**
 * Domain events: what changed, published only after the transaction that changed it commits.
 * The realtime hub turns them into Socket.IO messages; later, notifications and reports listen too.
 */
import { EventEmitter } from 'node:events';
import { logger } from '../observability/logger.js';
import type { BoardColumnLimit, BoardEventType, CampaignCardData, ImportProgress, LeadCardData, NotificationData, TaskCardData } from '@prospek/shared';
import type { CampaignVisibility, LeadVisibility, TaskVisibility } from './visibility.js';

/**
 * A card of a live board changed: the board's declared audience turns the record's visibility into the
 * rooms that hear it now, and the one from before the change into the rooms that hear it left.
 */
export interface CardChangedEvent<Board extends string = string, Card = unknown, Visibility = unknown> {
  kind: 'card';
  board: Board;
  type: BoardEventType;
  card: Card;
  visibility: Visibility;
  /** Who could see it before, when the change may have taken it out of some rooms. */
  previousVisibility: Visibility | null;
  actorId: string;
  mutationId: string | null;
}

export type LeadChangedEvent = CardChangedEvent<'leads', LeadCardData, LeadVisibility>;

/** A user's access changed (deactivated, role or office changed, password reset): their sockets must go. */
export interface UserAccessChangedEvent {
  kind: 'user-access';
  userId: number;
  /** `credentials`: the password was changed or reset, so the user's tokens no longer work. */
  reason: 'deactivated' | 'changed' | 'credentials';
}

/** A user's row changed otherwise (name, email, reactivation): rows kept for requests are stale on every instance. */
export interface UserChangedEvent {
  kind: 'user-changed';
  userId: number;
}

/** The branch tree changed: cached trees are stale on every instance. */
export interface OfficesChangedEvent {
  kind: 'offices';
}

/** A manager set officers' monthly targets: what reads achievement (dashboards, work reports) reads again. */
export interface TargetsChangedEvent {
  kind: 'targets';
  month: string;
  officerIds: number[];
  actorId: number;
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

/** Many cards arrived at once (an import) for those a visibility reaches: their boards read again. */
export interface BoardRefreshEvent<Board extends string = string, Visibility = unknown> {
  kind: 'board-refresh';
  board: Board;
  visibility: Visibility;
}

export type LeadsBulkChangedEvent = BoardRefreshEvent<'leads', LeadVisibility>;

/** A column's keys were rewritten evenly spaced, in the same order: boards showing it read it again. */
export interface BoardRebalancedEvent {
  kind: 'board-rebalanced';
  board: string;
  column: string;
}

export type TaskChangedEvent = CardChangedEvent<'tasks', TaskCardData, TaskVisibility>;

/** A campaign was created or edited: those who reach its office (and its former office) hear it. */
export type CampaignChangedEvent = CardChangedEvent<'campaigns', CampaignCardData, CampaignVisibility>;

/** An office's column settings (WIP limits) on a board changed. */
export interface BoardColumnsChangedEvent {
  kind: 'board-columns';
  board: string;
  officeId: string;
  columns: BoardColumnLimit[];
  actorId: string;
  mutationId: string | null;
}

/** A column's idle limit (the board's stage SLA) changed; it is the same for every viewer of the board. */
export interface BoardSlaChangedEvent {
  kind: 'board-sla';
  board: string;
  column: string;
  maxIdleDays: number;
}

/**
 * Every event on the bus. Card and refresh events are typed by board where they are sent (a module's
 * `tx.emit({ … } satisfies LeadChangedEvent)`); the bus carries any declared board's.
 */
export type DomainEvent =
  | CardChangedEvent
  | BoardRefreshEvent
  | BoardColumnsChangedEvent
  | BoardSlaChangedEvent
  | UserAccessChangedEvent
  | UserChangedEvent
  | OfficesChangedEvent
  | TargetsChangedEvent
  | NotificationEvent
  | ImportProgressEvent
  | BoardRebalancedEvent;

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
        logger.error({ err: error, event: event.kind }, `Event listener failed on a ${event.kind} event`);
      }
    };
    this.emitter.on('event', isolated);
    return () => this.emitter.off('event', isolated);
  }
}
