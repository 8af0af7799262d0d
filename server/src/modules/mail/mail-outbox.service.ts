import { createTransport } from 'nodemailer';
import type { Transporter } from 'nodemailer';
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

/** The job that sends one outbox row (one job per row and attempt, so a retry after a failure is a new job). */
export const MAIL_SEND_JOB = 'mail-send';

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
  /** The sweep under way here: a kick or run meanwhile joins it rather than reading the same rows again. */
  private running: Promise<number> | null = null;
  readonly subjects = new Map<string, MailSubject>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mailFrom: string,
    smtpUrl: string | null,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.transport = smtpUrl ? createTransport(smtpUrl) : null;
    // The outbox row keeps its own attempts and backoff; the job is one try at one row.
    // Due is judged by the sweep that queued it (`at`), whichever instance runs the job.
    jobs.define<{ id: number; at: string }, number>(MAIL_SEND_JOB, async (job) => ((await this.sendRow(job.data.id, new Date(job.data.at))) ? 1 : 0), {
      attempts: 1,
    });
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
    await this.running?.catch(() => undefined);
    await Promise.all([...this.sending].map((p) => p.catch(() => undefined)));
    this.transport?.close();
  }

  /**
   * Puts a send job on the queue for each row due (new, failed and waiting to retry, or whose sender
   * died); answers how many were sent where this process ran the jobs itself (the in-process runner).
   */
  async runOnce(): Promise<number> {
    if (!this.transport) return 0;
    this.running ??= this.sweep().finally(() => (this.running = null));
    return this.running;
  }

  private async sweep(): Promise<number> {
    const now = this.clock();
    const due = await this.dataSource
      .getRepository(MailOutbox)
      .createQueryBuilder('o')
      .where("o.state IN ('QUEUED', 'SENDING', 'FAILED') AND o.nextAttemptAt <= :now AND o.attempts < :max", { now, max: MAX_ATTEMPTS })
      .orderBy('o.id')
      .limit(50)
      .getMany();
    let sent = 0;
    const at = now.toISOString();
    for (const row of due) {
      // One job per row and attempt: enqueueing it again (another instance's sweep) does nothing.
      const { settled } = await this.jobs.enqueue(MAIL_SEND_JOB, { id: row.id, at }, { jobId: jobIdOf(MAIL_SEND_JOB, `${row.id}-${row.attempts}`) });
      sent += Number((await settled) ?? 0);
    }
    return sent;
  }

  /** Claims the row if it is still due and sends it; false when another sender has it or it failed. */
  private async sendRow(id: number, now: Date): Promise<boolean> {
    const row = await this.dataSource.getRepository(MailOutbox).findOneBy({ id });
    if (!row || !this.transport || row.state === 'SENT' || row.nextAttemptAt > now || row.attempts >= MAX_ATTEMPTS) return false;
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
