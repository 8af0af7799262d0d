import { createTransport } from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';
import { errorMessage, logger } from '../../observability/logger.js';
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

/**
 * The mail outbox: rows written in the transaction that decided to send (issuing an invoice by email),
 * sent by whichever instance claims them (an UPDATE that only one claimant wins), with their state
 * (QUEUED, SENDING, SENT, FAILED with the error and attempts) kept on the row for the invoice page.
 */
export class MailOutboxService {
  private transport: Transporter | null;
  private running: Promise<number> | null = null;
  private timer: NodeJS.Timeout | null = null;
  readonly subjects = new Map<string, MailSubject>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailFrom: string,
    smtpUrl: string | null,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.transport = smtpUrl ? createTransport(smtpUrl) : null;
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

  /** Sends what is due soon after a commit queued it; a run under way picks it up or the next does. */
  kick(): void {
    void this.runOnce().catch((error: unknown) => logger.error({ err: error }, 'Mail outbox run failed'));
  }

  /** Every few seconds, rows due (new, failed and waiting to retry, or whose sender died) are sent. */
  start(intervalMs = 5_000): void {
    if (!this.transport || this.timer) return;
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
    this.transport?.close();
  }

  /** One pass over the due rows; answers how many this instance sent. */
  async runOnce(): Promise<number> {
    if (!this.transport) return 0;
    this.running ??= this.pass().finally(() => (this.running = null));
    return this.running;
  }

  private async pass(): Promise<number> {
    const now = this.clock();
    const due = await this.dataSource
      .getRepository(MailOutbox)
      .createQueryBuilder('o')
      .where("o.state IN ('QUEUED', 'SENDING', 'FAILED') AND o.nextAttemptAt <= :now AND o.attempts < :max", { now, max: MAX_ATTEMPTS })
      .orderBy('o.id')
      .limit(50)
      .getMany();
    let sent = 0;
    for (const row of due) if (await this.claim(row, now)) sent += (await this.send(row)) ? 1 : 0;
    return sent;
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
