/**
 * The clock job of complaints: a complaint entering its warning days notifies its owner and the
 * managers above it, and so does one passing its deadline; the board hears the card again so its
 * flag shows live. Each notification's key (complaint, threshold, extension) makes it arrive once
 * however often the job runs or how many instances run it.
 */
import type { DataSource } from 'typeorm';
import { In, IsNull, MoreThan, Not } from 'typeorm';
import type { EventBus } from '../../events/domain-events.js';
import type { AccessService } from '../access/access.service.js';
import type { NotificationService } from '../notification/notification.service.js';
import { User } from '../user/user.entity.js';
import { COMPLAINT_BOARD } from './complaint.board.js';
import { complaintVisibility, complaintSelectSql } from './complaint-card.js';
import type { ComplaintRow } from './complaint-card.js';
import type { ComplaintReadService } from './complaint-read.service.js';
import { Complaint } from './complaint.entity.js';

const BATCH = 500;

export class ComplaintEscalation {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reads: ComplaintReadService,
    private readonly access: AccessService,
    private readonly notifications: NotificationService,
    private readonly bus: EventBus,
  ) {}

  /** Notifications sent this run. */
  async run(): Promise<number> {
    const q = this.reads.dialect.id;
    const tree = await this.access.tree();
    const managers = await this.dataSource.manager.find(User, { where: { role: 'MANAGER', active: true }, select: { id: true, officeId: true } });
    let sent = 0;
    let lastId = 0;
    for (;;) {
      const open = await this.dataSource.manager.find(Complaint, {
        where: { status: Not(In(['RESOLVED', 'CLOSED'])), archivedAt: IsNull(), id: MoreThan(lastId) },
        select: { id: true },
        order: { id: 'ASC' },
        take: BATCH,
      });
      const ids = open.map((c) => c.id);
      if (ids.length === 0) break;
      lastId = ids[ids.length - 1];
      const rows: ComplaintRow[] = await this.dataSource.manager.query(
        `${complaintSelectSql(this.reads.dialect)} WHERE cp.${q('id')} IN (${ids.map(() => '?').join(', ')})`,
        ids,
      );
      const views = await this.reads.views(this.dataSource.manager, rows);
      for (const view of views) {
        const threshold = view.breached ? 'breached' : view.warning ? 'warning' : null;
        if (threshold === null) continue;
        const office = Number(view.officeId);
        const above = tree.ancestors(office).find((id) => managers.some((m) => m.officeId === id));
        const recipients = new Set<number>(managers.filter((m) => m.officeId === above).map((m) => m.id));
        if (view.ownerId !== null) recipients.add(Number(view.ownerId));
        const name = view.client?.name ?? view.lead?.name ?? '';
        let fresh = false;
        for (const userId of recipients) {
          const dedupeKey = `complaint-${threshold}:${view.id}:${view.extended ? 1 : 0}:${userId}`;
          const stored =
            threshold === 'breached'
              ? await this.notifications.notify({
                  userId,
                  type: 'COMPLAINT_BREACHED',
                  params: { name, dueDate: view.slaDueDate },
                  title: `Pengaduan melewati batas waktu: ${name}`,
                  link: `/complaints/${view.id}`,
                  dedupeKey,
                })
              : await this.notifications.notify({
                  userId,
                  type: 'COMPLAINT_WARNING',
                  params: { name, dueDate: view.slaDueDate, daysLeft: view.workingDaysLeft },
                  title: `Pengaduan jatuh tempo ${view.slaDueDate}: ${name}`,
                  link: `/complaints/${view.id}`,
                  dedupeKey,
                });
          if (stored) {
            sent += 1;
            fresh = true;
          }
        }
        if (fresh)
          this.bus.publish({
            kind: 'card',
            board: COMPLAINT_BOARD.board,
            type: 'updated',
            card: view,
            visibility: complaintVisibility(view),
            previousVisibility: null,
            actorId: '0',
            mutationId: null,
          });
      }
      if (ids.length < BATCH) break;
    }
    return sent;
  }
}
