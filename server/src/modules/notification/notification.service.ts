import type { DataSource, EntityManager } from 'typeorm';
import { In, IsNull } from 'typeorm';
import type { NotificationData, NotificationParamsByType, NotificationType } from '@prospek/shared';
import type { EventBus } from '../../events/domain-events.js';
import type { Tx } from '../../db/transaction.js';
import { keysetPage } from '../../graphql/keyset-page.js';
import type { Page, PageArgs } from '../../graphql/keyset-page.js';
import type { User } from '../user/user.entity.js';
import { Notification } from './notification.entity.js';

/** A type with its params; the title is the Indonesian wording of them, kept for readers of the API. */
type TypedParams = { [K in NotificationType]: { type: K; params: NotificationParamsByType[K] } }[NotificationType];

export type NotificationInput = TypedParams & {
  userId: number;
  title: string;
  body?: string | null;
  link?: string | null;
  /** The same key never makes a second notification (a reminder, once per activity). */
  dedupeKey: string;
};

export function notificationData(n: Notification): NotificationData {
  return { id: String(n.id), type: n.type, title: n.title, body: n.body, link: n.link, params: n.params, createdAt: n.createdAt.toISOString() };
}

function isDuplicate(error: unknown): boolean {
  const text = String((error as { driverError?: unknown })?.driverError ?? error);
  return /duplicate|unique/i.test(text);
}

/** Stores notifications and has them pushed to the user's sockets once stored. */
export class NotificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
  ) {}

  /** Inside a transaction: the push follows its commit. Returns null when the key was already used. */
  async notifyInTx(tx: Tx, input: NotificationInput): Promise<Notification | null> {
    const stored = await this.insert(tx.manager, input);
    if (stored) tx.emit({ kind: 'notification', userId: stored.userId, notification: notificationData(stored) });
    return stored;
  }

  /** On its own (a scheduled job): stored and pushed at once, or null if it already existed. */
  async notify(input: NotificationInput): Promise<Notification | null> {
    const stored = await this.insert(this.dataSource.manager, input);
    if (stored) this.bus.publish({ kind: 'notification', userId: stored.userId, notification: notificationData(stored) });
    return stored;
  }

  private async insert(manager: EntityManager, input: NotificationInput): Promise<Notification | null> {
    if (await manager.findOneBy(Notification, { dedupeKey: input.dedupeKey })) return null;
    try {
      const result = await manager.insert(Notification, {
        userId: input.userId,
        type: input.type,
        title: input.title.slice(0, 200),
        body: input.body?.slice(0, 500) ?? null,
        link: input.link ?? null,
        params: JSON.stringify(input.params),
        dedupeKey: input.dedupeKey,
        readAt: null,
      });
      return manager.findOneByOrFail(Notification, { id: Number(result.identifiers[0].id) });
    } catch (error) {
      // Another instance stored the same one between the check and the insert.
      if (isDuplicate(error)) return null;
      throw error;
    }
  }

  list(viewer: User, unreadOnly: boolean, page: PageArgs): Promise<Page<Notification>> {
    const qb = this.dataSource.getRepository(Notification).createQueryBuilder('n').where('n.userId = :userId', { userId: viewer.id });
    if (unreadOnly) qb.andWhere('n.readAt IS NULL');
    return keysetPage(
      qb,
      [
        { expression: 'n.createdAt', descending: true, instant: true },
        { expression: 'n.id', descending: true },
      ],
      page,
    );
  }

  unreadCount(viewer: User): Promise<number> {
    return this.dataSource.getRepository(Notification).countBy({ userId: viewer.id, readAt: IsNull() });
  }

  /** Marks the viewer's own notifications read (others' ids are ignored); all of them when ids is null. */
  async markRead(viewer: User, ids: string[] | null, now = new Date()): Promise<number> {
    const qb = this.dataSource.createQueryBuilder().update(Notification).set({ readAt: now }).where({ userId: viewer.id, readAt: IsNull() });
    if (ids) {
      const wanted = ids.map(Number).filter(Number.isSafeInteger);
      if (wanted.length === 0) return 0;
      qb.andWhere({ id: In(wanted) });
    }
    return (await qb.execute()).affected ?? 0;
  }
}
