/**
 * Jobs that run on a clock — follow-up reminders, stale-lead alerts, offer expiry, forgetting old
 * idempotency keys, and the jobs the app adds (rewriting long board keys) — exactly once per time
 * slot however many server instances run: each instance
 * tries to claim the slot with an insert that a unique key lets only one win. Work comes from the database, so nothing is lost when the
 * server restarts; the notification's own unique key makes a reminder arrive once even so.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { EntityManager, In, IsNull, LessThan, LessThanOrEqual, Not } from 'typeorm';
import { OPEN_STAGES, businessDate, isStale } from '@prospek/shared';
import { officeTimeZones } from '../office/office-zone.js';
import type { ActivityType, LeadStage } from '@prospek/shared';
import { Activity } from '../follow-up/activity.entity.js';
import type { IdempotencyService } from '../idempotency/idempotency.service.js';
import { Client } from '../client/client.entity.js';
import { Lead } from '../lead/lead.entity.js';
import { LEAD_STAGE_SLA } from '../stage-sla/stage-sla-limits.js';
import { JobRun } from './job-run.entity.js';
import type { NotificationService } from '../notification/notification.service.js';
import type { OfferService } from '../offer/offer.service.js';
import { logger } from '../../observability/logger.js';

export const REMINDER_LEAD_MINUTES = 15;

/** A reminder names its follow-up in words, like the other notifications (stored in Indonesian). */
const FOLLOW_UP_WORDS: Record<ActivityType, string> = {
  CALL: 'Telepon',
  WHATSAPP: 'WhatsApp',
  SMS: 'SMS',
  VISIT: 'Kunjungan',
  EMAIL: 'Email',
  MEETING: 'Pertemuan',
  NOTE: 'Catatan',
};

export interface Job {
  name: string;
  /** The slot a moment belongs to; one run per slot. */
  slot(now: Date): string;
  run(now: Date): Promise<number>;
}

/** How one job's turn at a slot ended on this instance: `skipped` when another instance claimed it. */
export type JobOutcome = 'done' | 'skipped' | 'failed';

export const minuteSlot = (now: Date) => now.toISOString().slice(0, 16);
const hourSlot = (now: Date) => now.toISOString().slice(0, 13);

/** The pipeline's idle limits per stage, as its board declares them. */
export async function stageSlaDays(source: DataSource | EntityManager): Promise<Partial<Record<LeadStage, number>>> {
  return Object.fromEntries(await LEAD_STAGE_SLA.limits(source instanceof EntityManager ? source : source.manager));
}

export class Scheduler {
  readonly instance = randomUUID();
  private timer: ReturnType<typeof setInterval> | null = null;
  /** Ticks under way: a job slower than the interval may overlap the next tick. */
  private readonly running = new Set<Promise<void>>();
  private intervalMs = 0;
  private stopping = false;
  /** When the timer started, then when a tick last ended (real time, whatever the clock says). */
  private lastTickEndedAt = 0;
  readonly jobs: Job[];
  /** Told of each job's turn (the metrics listen). */
  onJob: ((job: string, outcome: JobOutcome, seconds: number) => void) | null = null;

  constructor(
    private readonly dataSource: DataSource,
    notifications: NotificationService,
    offers: OfferService,
    idempotency: IdempotencyService,
    private readonly clock: () => Date,
    /** Jobs the app adds from outside the modules (the board kernel's key rebalancing). */
    more: Job[] = [],
  ) {
    this.jobs = [
      {
        name: 'follow-up-reminders',
        slot: minuteSlot,
        run: (now) => remindDueFollowUps(dataSource, notifications, now),
      },
      {
        name: 'stale-leads',
        slot: hourSlot,
        run: (now) => alertStaleLeads(dataSource, notifications, now),
      },
      {
        name: 'offer-expiry',
        slot: hourSlot,
        run: (now) => offers.expireDue(now),
      },
      {
        name: 'idempotency-key-expiry',
        slot: hourSlot,
        run: (now) => idempotency.purgeExpired(now),
      },
      ...more,
    ];
  }

  start(intervalMs = 20_000): void {
    this.intervalMs = intervalMs;
    this.stopping = false;
    this.lastTickEndedAt = Date.now();
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
    void this.tick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.stopping = true;
    // A job step under way finishes; no new one starts.
    await Promise.all(this.running);
  }

  get started(): boolean {
    return this.timer !== null;
  }

  /** The timer runs and a tick ended within the last three intervals (a tick stuck on a job does not). */
  healthy(): boolean {
    return this.timer !== null && Date.now() - this.lastTickEndedAt <= 3 * this.intervalMs;
  }

  /** Claims and runs the jobs whose current slot no instance has claimed yet. */
  async tick(now: Date = this.clock()): Promise<Record<string, number | null>> {
    const ran: Record<string, number | null> = {};
    const work = (async () => {
      for (const job of this.jobs) {
        if (this.stopping) break;
        // One job's failure (or the database briefly away) must neither stop the others nor the server.
        const started = performance.now();
        let outcome: JobOutcome;
        try {
          const claimed = await this.claim(job.name, job.slot(now));
          ran[job.name] = claimed ? await job.run(now) : null;
          outcome = claimed ? 'done' : 'skipped';
        } catch (error) {
          ran[job.name] = 0;
          outcome = 'failed';
          logger.error({ err: error, job: job.name }, `Scheduler: ${job.name} failed`);
        }
        this.onJob?.(job.name, outcome, (performance.now() - started) / 1000);
      }
    })();
    this.running.add(work);
    try {
      await work;
    } finally {
      this.running.delete(work);
    }
    this.lastTickEndedAt = Date.now();
    return ran;
  }

  private async claim(job: string, slot: string): Promise<boolean> {
    // INSERT IGNORE / INSERT OR IGNORE: the unique (job, slot) key lets one claim's row in. Each claim
    // is named apart, so a slot already run by this very instance is not run again either.
    // updateEntity(false): when the row was ignored there is no generated id to read back.
    const claim = `${this.instance}:${randomUUID().slice(0, 8)}`;
    await this.dataSource.createQueryBuilder().insert().into(JobRun).values({ job, slot, instance: claim }).orIgnore().updateEntity(false).execute();
    const winner = await this.dataSource.getRepository(JobRun).findOneBy({ job, slot });
    if (Math.random() < 0.01) await this.dataSource.getRepository(JobRun).delete({ startedAt: LessThan(new Date(this.clock().getTime() - 3 * 86_400_000)) });
    return winner?.instance === claim;
  }
}

/** Follow-ups due within 15 minutes (or already due) whose officer has not been reminded. */
export async function remindDueFollowUps(dataSource: DataSource, notifications: NotificationService, now: Date): Promise<number> {
  const soon = new Date(now.getTime() + REMINDER_LEAD_MINUTES * 60_000);
  const dayAgo = new Date(now.getTime() - 86_400_000);
  const due = await dataSource.getRepository(Activity).find({
    where: { doneAt: IsNull(), reminderSentAt: IsNull(), dueAt: LessThanOrEqual(soon) },
    order: { dueAt: 'ASC' },
    take: 500,
  });
  let sent = 0;
  for (const activity of due) {
    if (activity.dueAt && activity.dueAt >= dayAgo) {
      const lead = activity.leadId ? await dataSource.getRepository(Lead).findOneBy({ id: activity.leadId }) : null;
      const client = !lead && activity.clientId ? await dataSource.getRepository(Client).findOneBy({ id: activity.clientId }) : null;
      // The notification's unique key makes this once, even if the run is repeated after a crash.
      const stored = await notifications.notify({
        userId: activity.ownerId,
        type: 'FOLLOW_UP_DUE',
        params: { activityType: activity.type, name: lead?.fullName ?? client?.name ?? '' },
        title: `${FOLLOW_UP_WORDS[activity.type]} ${lead?.fullName ?? client?.name ?? ''}`.trim(),
        body: activity.notes,
        link: activity.leadId ? `/leads/${activity.leadId}` : activity.clientId ? `/clients/${activity.clientId}` : '/agenda',
        dedupeKey: `due:${activity.id}`,
      });
      if (stored) sent++;
    }
    await dataSource.createQueryBuilder().update(Activity).set({ reminderSentAt: now }).where('id = :id', { id: activity.id }).execute();
  }
  return sent;
}

/** Open leads idle past their stage's limit: each officer hears once a day how many of theirs are. */
export async function alertStaleLeads(dataSource: DataSource, notifications: NotificationService, now: Date): Promise<number> {
  const sla = await stageSlaDays(dataSource);
  const stages = OPEN_STAGES.filter((s) => sla[s] !== undefined);
  if (stages.length === 0) return 0;
  const oldestLimit = Math.min(...stages.map((s) => sla[s] as number));
  const candidates = await dataSource.getRepository(Lead).find({
    select: { id: true, ownerId: true, officeId: true, stage: true, stageEnteredAt: true, lastActivityAt: true, fullName: true },
    where: { stage: In(stages), archivedAt: IsNull(), ownerId: Not(IsNull()), stageEnteredAt: LessThan(new Date(now.getTime() - oldestLimit * 86_400_000)) },
  });
  const byOwner = new Map<number, Lead[]>();
  for (const lead of candidates) {
    if (!isStale(lead, sla, now)) continue;
    byOwner.set(lead.ownerId as number, [...(byOwner.get(lead.ownerId as number) ?? []), lead]);
  }
  const zones = await officeTimeZones(
    dataSource.manager,
    [...byOwner.values()].map((leads) => leads[0].officeId),
  );
  let sent = 0;
  for (const [ownerId, leads] of byOwner) {
    // Once a day of the officer's office (their leads are in it).
    const day = businessDate(now, zones.get(leads[0].officeId));
    const stored = await notifications.notify({
      userId: ownerId,
      type: 'LEAD_STALE',
      params: { count: leads.length, lead: leads.length === 1 ? leads[0].fullName : null },
      title: leads.length === 1 ? `${leads[0].fullName} lama tanpa tindak lanjut` : `${leads.length} prospek lama tanpa tindak lanjut`,
      body: leads
        .slice(0, 5)
        .map((l) => l.fullName)
        .join(', '),
      link: leads.length === 1 ? `/leads/${leads[0].id}` : '/agenda',
      dedupeKey: `stale:${ownerId}:${day}`,
    });
    if (stored) sent++;
  }
  return sent;
}
