import { createHash } from 'node:crypto';
import { createTransport } from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { In } from 'typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { errorMessage, logger } from '../../observability/logger.js';
import { jobIdOf } from '../../jobs/job-queue.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { MailOutbox } from './mail-outbox.entity.js';

/** What a subject type renders at send time (body and attachments), and who to tell once the state moved. */
export interface MailSubject {
  render(subjectId: number): Promise<{ subject: string; text: string; attachments: Array<{ filename: string; content: Buffer; contentType: string }> }>;
  delivered(subjectId: number): Promise<void>;
}

/** A claimed row is someone's for this long; a sender that died mid-send leaves it to run out. */
export const SEND_LEASE_MS = 120_000;
const MAX_ATTEMPTS = 5;

/** The deterministic Message-ID of a mail about a subject: a re-send after a crash carries the same one. */
export function messageIdOf(subjectType: string, subjectId: number, key: string, mailFrom: string): string {
  const domain = /@([^>\s]+)/.exec(mailFrom)?.[1] ?? 'prospek.local';
  return `<${subjectType.toLowerCase()}-${subjectId}-${key.replace(/[^A-Za-z0-9]+/g, '.')}@${domain}>`;
}

/** The job that sends a run of outbox rows (one job per run of rows and their attempts, so a retry after a failure is a new job). */
export const MAIL_SEND_JOB = 'mail-send';
/**
 * Rows per send job: the sweep cuts its due rows at fixed id boundaries, so another sweep (this
 * instance's or another's) cuts the same runs and its enqueue finds the job already there.
 */
export const SEND_BATCH = 25;
/**
 * Mails of one job under way at once, and the SMTP connections kept open: one mail's render waits on
 * the database while another's goes out, and no mail pays for a connection of its own.
 */
export const SEND_PARALLEL = 4;
/** Due rows one sweep reads. */
const SWEEP_ROWS = 100;

/** The job id of a run of rows at their attempts: a single row's is `row-attempts`. */
function sendJobKey(rows: readonly MailOutbox[]): string {
  if (rows.length === 1) return `${rows[0].id}-${rows[0].attempts}`;
  const digest = createHash('sha1')
    .update(rows.map((r) => `${r.id}-${r.attempts}`).join(' '))
    .digest('hex')
    .slice(0, 16);
  return `${rows[0].id}-${rows[rows.length - 1].id}-${digest}`;
}

/** Runs `work` over `items`, `limit` at a time; every item runs even when one fails, then the first failure is thrown. */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item).catch((error: unknown) => errors.push(error));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (errors.length) throw errors[0];
}

/**
 * The mail outbox: rows written in the transaction that decided to send (issuing an invoice by email, a
 * reminder), each sent by a job on the job queue (BullMQ across instances, or in-process), which claims
 * the row with an UPDATE that only one claimant wins, and keeps its state (QUEUED, SENDING, SENT, FAILED
 * with the error and attempts) on the row for the invoice page. A clock job sweeps up what is due again
 * (a retry after a failure, a row whose sender died mid-send once its lease ran out).
 */
export class MailOutboxService {
  private transport: Transporter | null;
  /** Sends under way in this process: stopping waits for them before closing the transport. */
  private readonly sending = new Set<Promise<boolean>>();
  /** The sweep under way here. */
  private running: Promise<number> | null = null;
  /**
   * The sweep that follows the one under way: a kick or run meanwhile may come for rows committed after
   * that sweep read, so it waits for it and then joins one more (shared by every caller meanwhile).
   */
  private following: Promise<number> | null = null;
  /**
   * Rows this instance put in a send job not yet run, until when: a later sweep leaves them to it
   * rather than cutting them into a second job. Past the lease, a row is swept again (the job's runner may have died).
   */
  private readonly pending = new Map<number, number>();
  /** Set by `stop`: a send job under way claims no further row (it stays due for the next sweep). */
  private stopping = false;
  readonly subjects = new Map<string, MailSubject>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mailFrom: string,
    smtpUrl: string | null,
    private readonly clock: () => Date = () => new Date(),
  ) {
    // Pooled: the connections stay open between mails (options in the URL win, `?pool=false` say).
    this.transport = smtpUrl ? createTransport({ url: smtpUrl, pool: true, maxConnections: SEND_PARALLEL }) : null;
    // The outbox row keeps its own attempts and backoff; the job is one try at each of its rows.
    // Due is judged by the sweep that queued it (`at`), whichever instance runs the job.
    // (`id`: a job of one row queued before runs of rows.)
    jobs.define<{ ids?: number[]; id?: number; at: string }, number>(
      MAIL_SEND_JOB,
      (job) => this.sendRows(job.data.ids ?? [job.data.id ?? 0], new Date(job.data.at)),
      {
        attempts: 1,
      },
    );
  }

  async enqueue(m: EntityManager, subjectType: string, subjectId: number, key: string, recipient: string): Promise<void> {
    await m.insert(MailOutbox, {
      subjectType,
      subjectId,
      messageId: messageIdOf(subjectType, subjectId, key, this.mailFrom),
      recipient,
      state: 'QUEUED',
      attempts: 0,
      lastError: null,
      nextAttemptAt: this.clock(),
      sentAt: null,
    });
  }

  /** Sends what is due soon after a commit queued it; a sweep under way picks it up or the next does. */
  kick(): void {
    void this.runOnce().catch((error: unknown) => logger.error({ err: error }, 'Mail outbox run failed'));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.following?.catch(() => undefined);
    await this.running?.catch(() => undefined);
    await Promise.all([...this.sending].map((p) => p.catch(() => undefined)));
    this.transport?.close();
  }

  /**
   * Puts a send job on the queue for each row due (new, failed and waiting to retry, or whose sender
   * died); answers how many were sent where this process ran the jobs itself (the in-process runner).
   */
  async runOnce(): Promise<number> {
    if (!this.transport || this.stopping) return 0;
    if (!this.running) {
      this.running = this.sweep().finally(() => (this.running = null));
      return this.running;
    }
    this.following ??= this.running
      .catch(() => 0)
      .then(async (first) => {
        this.following = null;
        return first + (await this.runOnce());
      });
    return this.following;
  }

  private async sweep(): Promise<number> {
    const now = this.clock();
    for (const [id, until] of this.pending) if (until <= now.getTime()) this.pending.delete(id);
    const due = (
      await this.dataSource
        .getRepository(MailOutbox)
        .createQueryBuilder('o')
        .where("o.state IN ('QUEUED', 'SENDING', 'FAILED') AND o.nextAttemptAt <= :now AND o.attempts < :max", { now, max: MAX_ATTEMPTS })
        .orderBy('o.id')
        .limit(SWEEP_ROWS)
        .getMany()
    ).filter((row) => !this.pending.has(row.id));
    const runs = new Map<number, MailOutbox[]>();
    for (const row of due) {
      const block = Math.floor(row.id / SEND_BATCH);
      runs.set(block, [...(runs.get(block) ?? []), row]);
    }
    const at = now.toISOString();
    const settled: Array<Promise<unknown>> = [];
    for (const rows of runs.values()) {
      for (const row of rows) this.pending.set(row.id, now.getTime() + SEND_LEASE_MS);
      // One job per run of rows and attempts: enqueueing it again (another instance's sweep) does nothing.
      const job = await this.jobs.enqueue(MAIL_SEND_JOB, { ids: rows.map((r) => r.id), at }, { jobId: jobIdOf(MAIL_SEND_JOB, sendJobKey(rows)) });
      settled.push(job.settled);
    }
    return (await Promise.all(settled)).reduce<number>((sum, n) => sum + Number(n ?? 0), 0);
  }

  /** Sends the rows still due, a few at once (a manager's copy beside the officer's shares its render); answers how many went. */
  private async sendRows(ids: number[], now: Date): Promise<number> {
    const rows = await this.dataSource.getRepository(MailOutbox).find({ where: { id: In(ids) }, order: { id: 'ASC' } });
    let sent = 0;
    try {
      await inParallel(rows, SEND_PARALLEL, async (row) => {
        if (await this.sendRow(row, now)) sent++;
      });
    } finally {
      for (const id of ids) this.pending.delete(id);
    }
    return sent;
  }

  /** Claims the row if it is still due and sends it; false when another sender has it or it failed. */
  private async sendRow(row: MailOutbox, now: Date): Promise<boolean> {
    if (!this.transport || this.stopping || row.state === 'SENT' || row.nextAttemptAt > now || row.attempts >= MAX_ATTEMPTS) return false;
    if (!(await this.claim(row, now))) return false;
    const work = this.send(row);
    this.sending.add(work);
    try {
      return await work;
    } finally {
      this.sending.delete(work);
    }
  }

  /** Takes a row if its state and lease are still what was read: only one instance wins it. */
  private async claim(row: MailOutbox, now: Date): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(MailOutbox)
      .set({ state: 'SENDING', attempts: row.attempts + 1, nextAttemptAt: new Date(now.getTime() + SEND_LEASE_MS) })
      .where('id = :id AND state = :state AND attempts = :attempts AND nextAttemptAt <= :now', { id: row.id, state: row.state, attempts: row.attempts, now })
      .execute();
    return result.affected === 1;
  }

  private async send(row: MailOutbox): Promise<boolean> {
    const subject = this.subjects.get(row.subjectType);
    const repo = this.dataSource.getRepository(MailOutbox);
    try {
      if (!subject || !this.transport) throw new Error(`Nothing renders ${row.subjectType} mail`);
      const mail = await subject.render(row.subjectId);
      await this.transport.sendMail({ from: this.mailFrom, to: row.recipient, messageId: row.messageId, ...mail });
      await repo.update({ id: row.id }, { state: 'SENT', sentAt: this.clock(), lastError: null });
      await subject.delivered(row.subjectId).catch((error: unknown) => logger.error({ err: error }, 'Mail delivered hook failed'));
      return true;
    } catch (error) {
      const message = errorMessage(error);
      logger.warn({ messageId: row.messageId, attempt: row.attempts + 1, error: message }, 'Mail not sent');
      // Retries back off: 1, 2, 4, 8 minutes.
      const retryAt = new Date(this.clock().getTime() + 60_000 * 2 ** row.attempts);
      await repo.update({ id: row.id }, { state: 'FAILED', lastError: message.slice(0, 500), nextAttemptAt: retryAt });
      await subject?.delivered(row.subjectId).catch(() => undefined);
      return false;
    }
  }
}
