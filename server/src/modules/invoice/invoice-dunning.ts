/**
 * Dunning: an open receivable past its due date gets a reminder on each configured day after it
 * (DUNNING_DAYS) — by email with the invoice's PDF when the client has an address, otherwise as a
 * WhatsApp follow-up due today on the officer's agenda, its message prefilled — in the words of a
 * message template. The reminder's row is unique per invoice and step, written in the transaction that
 * queues the mail or the follow-up, so a reminder is made once whatever repeats or races.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { addDays, businessDate, daysBetween, formatRupiah, longDateEn, longDateId, officeZone, renderTemplate } from '@prospek/shared';
import type { TransactionRunner } from '../../db/transaction.js';
import { uniqueViolation } from '../../db/unique-violation.js';
import type { EventBus } from '../../events/domain-events.js';
import { Client } from '../client/client.entity.js';
import { Activity } from '../follow-up/activity.entity.js';
import type { MailOutboxService, MailSubject } from '../mail/mail-outbox.service.js';
import { MessageTemplate } from '../message-template/message-template.entity.js';
import { templateValues } from '../message-template/template-values.js';
import { Office } from '../office/office.entity.js';
import { officeTimeZone } from '../office/office-zone.js';
import { User } from '../user/user.entity.js';
import { emitInvoiceChange } from './invoice.board.js';
import { Invoice } from './invoice.entity.js';
import { loadInvoiceDocument, renderInvoicePdf } from './invoice-pdf.js';
import { InvoiceReminder } from './invoice-reminder.entity.js';
import type { ReminderChannel } from './invoice-reminder.entity.js';

export const DUNNING_JOB = 'invoice-dunning';
/** Reminders go out from this hour of the office's day, not at its midnight. */
export const DUNNING_HOUR = 8;
/** When the configured template is gone or switched off, this text (the default DUNNING template) is used. */
const FALLBACK = {
  name: 'Pengingat tagihan',
  body: 'Yth. Bapak/Ibu {{nama}}, tagihan {{tagihan}} sebesar {{jumlah}} telah jatuh tempo pada {{tanggal}} ({{terlambat}} hari lalu). Mohon segera melakukan pembayaran; abaikan pesan ini bila sudah membayar. Terima kasih, {{ao}}.',
};
const CHUNK = 500;

/** The invoice was paid or cancelled since it was read: its reminder's row is rolled back. */
class NotDue extends Error {}

/** The business day whose reminders are due at `now` in `zone`: today once its DUNNING_HOUR has passed. */
export function dunningDay(now: Date, zone: string): string {
  return businessDate(new Date(now.getTime() - DUNNING_HOUR * 3_600_000), zone);
}

/**
 * The step an invoice `late` days past due has reached: the latest one, so an invoice found late (the
 * server was off, or dunning was just switched on) gets one reminder, not every missed one at once.
 */
export function reminderStep(days: readonly number[], late: number): number | null {
  const reached = days.filter((d) => d <= late);
  return reached.length ? Math.max(...reached) : null;
}

export interface DunningSettings {
  days: number[];
  template: string;
}

export class InvoiceDunning {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly mail: MailOutboxService,
    private readonly settings: DunningSettings,
    private readonly organization: string,
  ) {}

  /** Makes the reminders due at `now` in every office's zone; answers how many it made. */
  async run(now: Date): Promise<number> {
    const offices = await this.dataSource.getRepository(Office).find({ select: { id: true, timeZone: true } });
    const byDay = new Map<string, number[]>();
    for (const office of offices) {
      const day = dunningDay(now, officeZone(office.timeZone));
      byDay.set(day, [...(byDay.get(day) ?? []), office.id]);
    }
    let made = 0;
    let mailed = false;
    for (const [day, officeIds] of byDay) {
      const latestDue = addDays(day, -this.settings.days[0]);
      for (let after = 0; ;) {
        const batch = await this.dataSource
          .getRepository(Invoice)
          .createQueryBuilder('i')
          .where("i.kind = 'RECEIVABLE' AND i.status IN ('ISSUED', 'PARTIALLY_PAID') AND i.clientId IS NOT NULL")
          .andWhere('i.officeId IN (:...officeIds) AND i.dueDate <= :latestDue AND i.id > :after', { officeIds, latestDue, after })
          .orderBy('i.id')
          .limit(CHUNK)
          .getMany();
        if (batch.length === 0) break;
        after = batch[batch.length - 1].id;
        const existing = await this.dataSource.getRepository(InvoiceReminder).find({
          select: { invoiceId: true, step: true },
          where: { invoiceId: In(batch.map((i) => i.id)) },
        });
        const done = new Set(existing.map((r) => `${r.invoiceId}:${r.step}`));
        for (const invoice of batch) {
          const step = reminderStep(this.settings.days, daysBetween(invoice.dueDate, day));
          if (step === null || done.has(`${invoice.id}:${step}`)) continue;
          const channel = await this.remind(invoice.id, step, day, now);
          if (channel) made++;
          if (channel === 'EMAIL') mailed = true;
        }
      }
    }
    if (mailed) this.mail.kick();
    return made;
  }

  /** One reminder, or null when the invoice was paid meanwhile or another run made it first. */
  private async remind(invoiceId: number, step: number, day: string, now: Date): Promise<ReminderChannel | null> {
    const seen = await this.dataSource.manager.findOneBy(Invoice, { id: invoiceId });
    const client = seen?.clientId ? await this.dataSource.manager.findOneBy(Client, { id: seen.clientId }) : null;
    if (!client) return null;
    const channel: ReminderChannel = client.email ? 'EMAIL' : 'WHATSAPP';
    try {
      return await this.transactions.run(async (tx) => {
        const m = tx.manager;
        // The unique (invoice, step) key, written first: a racing run waits here for the winner's commit,
        // then fails and rolls back (on SQLite, writing first also takes the write lock before any read).
        const inserted = await m.insert(InvoiceReminder, { invoiceId, step, channel, day, recipient: client.email, activityId: null });
        const reminderId = Number(inserted.identifiers[0].id);
        const invoice = await m.findOneByOrFail(Invoice, { id: invoiceId });
        if (invoice.status !== 'ISSUED' && invoice.status !== 'PARTIALLY_PAID') throw new NotDue();
        let activityId: number | null = null;
        if (client.email) {
          await this.mail.enqueue(m, 'InvoiceReminder', reminderId, `step-${step}`, client.email);
        } else {
          const ownerId = client.officerId ?? invoice.createdById;
          const { text } = await this.message(m, invoice, client, day, now);
          const activity = await m.insert(Activity, {
            type: 'WHATSAPP',
            purpose: 'GENERAL',
            leadId: null,
            clientId: client.id,
            ownerId,
            createdById: ownerId,
            dueAt: now,
            doneAt: null,
            notes: invoice.number,
            message: text.slice(0, 1000),
          });
          activityId = Number(activity.identifiers[0].id);
          await m.update(InvoiceReminder, { id: reminderId }, { activityId });
          await tx.audit({
            entityType: 'Client',
            entityId: client.id,
            action: 'scheduleActivity',
            actorId: null,
            after: { activity: activityId, type: 'WHATSAPP', dueAt: now },
          });
        }
        await tx.audit({
          entityType: 'Invoice',
          entityId: invoice.id,
          action: 'remind',
          actorId: null,
          after: { step, channel, recipient: client.email, activityId, day },
        });
        emitInvoiceChange(tx, invoice, client.officerId, { actor: { id: 0 }, mutationId: null });
        return channel;
      });
    } catch (error) {
      if (error instanceof NotDue || uniqueViolation(error)) return null;
      throw error;
    }
  }

  /** The reminder's words: the configured template filled with the invoice's figures. */
  async message(m: EntityManager, invoice: Invoice, client: Client, day: string, now: Date): Promise<{ subject: string; text: string }> {
    const template = (await m.findOneBy(MessageTemplate, { code: this.settings.template, active: true })) ?? FALLBACK;
    const officer = client.officerId ? await m.findOne(User, { where: { id: client.officerId }, select: { id: true, name: true } }) : null;
    const zone = await officeTimeZone(m, invoice.officeId);
    const number = invoice.number ?? String(invoice.id);
    // A template in English (its code ends in _EN, as DUNNING_EN does) gets its dates in English.
    const longDate = template instanceof MessageTemplate && template.code.endsWith('_EN') ? longDateEn : longDateId;
    const values = {
      ...templateValues({ lead: null, client, offer: null, product: null, officerName: officer?.name ?? this.organization, dueAt: null, now, zone }),
      jumlah: formatRupiah(invoice.total - invoice.amountPaid),
      tanggal: longDate(invoice.dueDate),
      tagihan: number,
      terlambat: String(daysBetween(invoice.dueDate, day)),
    };
    return { subject: `${template.name}: ${number}`, text: renderTemplate(template.body, values) };
  }
}

/** A reminder by email: the template's words with the invoice's PDF, rendered at send time. */
export function reminderMail(dataSource: DataSource, dunning: InvoiceDunning, organization: string, bus: EventBus, now: () => Date): MailSubject {
  return {
    async render(id) {
      const reminder = await dataSource.manager.findOneByOrFail(InvoiceReminder, { id });
      const invoice = await dataSource.manager.findOneByOrFail(Invoice, { id: reminder.invoiceId });
      const client = await dataSource.manager.findOneByOrFail(Client, { id: invoice.clientId ?? 0 });
      const { subject, text } = await dunning.message(dataSource.manager, invoice, client, reminder.day, now());
      const doc = await loadInvoiceDocument(dataSource, organization, invoice);
      const number = invoice.number ?? String(invoice.id);
      return {
        subject,
        text: `${text}\n\n${organization}`,
        attachments: [{ filename: `${number.replace(/[^A-Za-z0-9-]+/g, '-')}.pdf`, content: await renderInvoicePdf(doc), contentType: 'application/pdf' }],
      };
    },
    async delivered(id) {
      const reminder = await dataSource.manager.findOneByOrFail(InvoiceReminder, { id });
      const invoice = await dataSource.manager.findOneByOrFail(Invoice, { id: reminder.invoiceId });
      const client = invoice.clientId === null ? null : await dataSource.manager.findOneBy(Client, { id: invoice.clientId });
      emitInvoiceChange({ emit: (event) => bus.publish(event) }, invoice, client?.officerId ?? null, { actor: { id: 0 }, mutationId: null });
    },
  };
}
