import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Invoice } from '../modules/invoice/invoice.entity.js';
import { InvoiceReminder } from '../modules/invoice/invoice-reminder.entity.js';
import { MessageTemplate } from '../modules/message-template/message-template.entity.js';
import type { Client } from '../modules/client/client.entity.js';
import type { ClientService } from '../modules/client/client.service.js';
import type { LeadBoardService } from '../modules/lead/lead-board.service.js';
import { Lead } from '../modules/lead/lead.entity.js';
import { Offer } from '../modules/offer/offer.entity.js';
import { Office } from '../modules/office/office.entity.js';
import { Product } from '../modules/product/product.entity.js';
import { User } from '../modules/user/user.entity.js';
import type { UserSummary } from '../modules/user/user-summary.type.js';
import { stageSlaDays } from '../modules/scheduler/scheduler.js';

function byId<T extends { id: number }>(rows: T[], ids: readonly number[]): Array<T | null> {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

/** The scoped reads a request's loaders use for records whose reach depends on the viewer. */
export interface ViewerReads {
  viewer: User;
  leads: Pick<LeadBoardService, 'findMany'>;
  clients: Pick<ClientService, 'findMany'>;
}

/**
 * Per-request batching: one query per relation and request, however many rows ask. Reads through
 * `dataSource`, or through a transaction's manager when an answer is rendered inside it.
 */
export function createLoaders(dataSource: DataSource | EntityManager, reads: ViewerReads | null = null) {
  let slas: ReturnType<typeof stageSlaDays> | null = null;
  return {
    /** Stage SLAs, read once per request when a field needs them. */
    stageSla: () => (slas ??= stageSlaDays(dataSource)),
    user: new DataLoader<number, User | null>(async (ids) => byId(await dataSource.getRepository(User).findBy({ id: In([...ids]) }), ids)),
    /** Name only: for people named on records, who may lie outside the viewer's reach. */
    userSummary: new DataLoader<number, UserSummary | null>(async (ids) => {
      const users = await dataSource.getRepository(User).find({ where: { id: In([...ids]) }, select: { id: true, name: true } });
      return byId(users, ids).map((u) => (u ? { id: String(u.id), name: u.name } : null));
    }),
    office: new DataLoader<number, Office | null>(async (ids) => byId(await dataSource.getRepository(Office).findBy({ id: In([...ids]) }), ids)),
    product: new DataLoader<number, Product | null>(async (ids) => byId(await dataSource.getRepository(Product).findBy({ id: In([...ids]) }), ids)),
    /** Leads as the viewer sees them: null when out of reach (or signed out). */
    visibleLead: new DataLoader<number, Lead | null>(async (ids) => {
      const found = reads ? await reads.leads.findMany(reads.viewer, ids) : new Map<number, Lead>();
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Clients as the viewer sees them: null when out of reach (or signed out). */
    visibleClient: new DataLoader<number, Client | null>(async (ids) => {
      const found = reads ? await reads.clients.findMany(reads.viewer, ids) : new Map<number, Client>();
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** The offer each lead's card shows: its accepted one, else its most recent. */
    latestOffer: new DataLoader<number, Offer | null>(async (leadIds) => {
      const offers = await dataSource.getRepository(Offer).find({ where: { leadId: In([...leadIds]) }, order: { id: 'DESC' } });
      // A lead's accepted offer is the one that counts (a won card, an installment reminder); else the newest.
      return leadIds.map((id) => offers.find((o) => o.leadId === id && o.status === 'ACCEPTED') ?? offers.find((o) => o.leadId === id) ?? null);
    }),
    /** Each client's most recent offer. */
    latestClientOffer: new DataLoader<number, Offer | null>(async (clientIds) => {
      const offers = await dataSource.getRepository(Offer).find({ where: { clientId: In([...clientIds]) }, order: { id: 'DESC' } });
      return clientIds.map((id) => offers.find((o) => o.clientId === id) ?? null);
    }),
    /** Active message templates by code. */
    messageTemplate: new DataLoader<string, MessageTemplate | null>(async (codes) => {
      const templates = await dataSource.getRepository(MessageTemplate).findBy({ code: In([...codes]), active: true });
      return codes.map((code) => templates.find((t) => t.code === code) ?? null);
    }),
    /** The invoice a follow-up reminds of (a dunning reminder on the agenda), by the follow-up's id. */
    reminderInvoice: new DataLoader<number, { id: string; number: string } | null>(async (activityIds) => {
      const reminders = await dataSource
        .getRepository(InvoiceReminder)
        .find({ where: { activityId: In([...activityIds]) }, select: { activityId: true, invoiceId: true } });
      const invoices = reminders.length
        ? await dataSource.getRepository(Invoice).find({ where: { id: In(reminders.map((r) => r.invoiceId)) }, select: { id: true, number: true } })
        : [];
      return activityIds.map((id) => {
        const invoice = invoices.find((i) => i.id === reminders.find((r) => r.activityId === id)?.invoiceId);
        return invoice ? { id: String(invoice.id), number: invoice.number ?? `#${invoice.id}` } : null;
      });
    }),
    /** Notes of leads read without them (boards and lists); access was checked when the lead was read. */
    leadNotes: new DataLoader<number, string | null>(async (ids) => {
      const rows = await dataSource.getRepository(Lead).find({ where: { id: In([...ids]) }, select: { id: true, notes: true } });
      return byId(rows, ids).map((row) => row?.notes ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
