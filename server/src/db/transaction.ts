import type { DataSource, EntityManager } from 'typeorm';
import type { DomainEvent, EventBus } from '../events/domain-events.js';
import { isMysql } from './data-source.js';

/** An audit entry: what changed (`before` and `after` hold the changed fields), on which record, by whom. */
export interface AuditInput {
  entityType: string;
  entityId: number | string;
  action: string;
  actorId: number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Writes an audit entry in the transaction of `manager` (the audit module provides it). */
export type AuditRecorder = (manager: EntityManager, entry: AuditInput) => Promise<void>;
/** Writes many audit entries in the caller's transaction, a few statements for all of them. */
export type AuditBatchRecorder = (manager: EntityManager, entries: AuditInput[]) => Promise<void>;

export interface Tx {
  manager: EntityManager;
  /** Queue an event; it is published only if the transaction commits. */
  emit(event: DomainEvent): void;
  /** Record who changed what, in this transaction. */
  audit(entry: AuditInput): Promise<void>;
  /** The same for many changes at once (a batch's entries, in order). */
  auditAll(entries: AuditInput[]): Promise<void>;
}

/**
 * Runs `work` in one transaction and publishes its events after commit. SQLite has a single
 * connection, so its transactions take turns instead of interleaving on it.
 */
export class TransactionRunner {
  private sqliteQueue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly recordAudit: AuditRecorder,
    private readonly recordAudits: AuditBatchRecorder | null = null,
  ) {}

  private auditAllIn(manager: EntityManager, entries: AuditInput[]): Promise<void> {
    if (this.recordAudits) return this.recordAudits(manager, entries);
    return entries.reduce<Promise<void>>((previous, entry) => previous.then(() => this.recordAudit(manager, entry)), Promise.resolve());
  }

  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const pending: DomainEvent[] = [];
    const execute = () =>
      this.dataSource.transaction((manager) =>
        work({
          manager,
          emit: (event) => pending.push(event),
          audit: (entry) => this.recordAudit(manager, entry),
          auditAll: (entries) => this.auditAllIn(manager, entries),
        }),
      );
    let result: T;
    if (isMysql(this.dataSource)) {
      result = await execute();
    } else {
      const turn = this.sqliteQueue.then(execute, execute);
      this.sqliteQueue = turn.catch(() => undefined);
      result = await turn;
    }
    for (const event of pending) this.bus.publish(event);
    return result;
  }
}
