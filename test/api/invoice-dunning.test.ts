import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, businessDate, longDateEn } from '@prospek/shared';
import { dunningDaysSetting } from '../../server/src/config.js';
import { reminderStep } from '../../server/src/modules/invoice/invoice-dunning.js';
import { InvoiceReminder } from '../../server/src/modules/invoice/invoice-reminder.entity.js';
import { databaseTargets } from '../helpers/databases.js';
import { pdfText } from '../helpers/pdf.js';
import { smtpListener } from '../helpers/smtp.js';
import type { SmtpListener } from '../helpers/smtp.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const INVOICE = `query($id: ID!) { invoice(id: $id) { number dueDate reminders { step channel day recipient activityId deliveryState } } }`;

interface Reminder {
  step: number;
  channel: string;
  day: string;
  recipient: string | null;
  activityId: string | null;
  deliveryState: string | null;
}

describe('dunning steps', () => {
  it('reads DUNNING_DAYS and picks the latest step an invoice has reached', () => {
    expect(dunningDaysSetting(undefined)).toEqual([3, 14, 30]);
    expect(dunningDaysSetting('30, 7')).toEqual([7, 30]);
    expect(() => dunningDaysSetting('3,3')).toThrow(/DUNNING_DAYS/);
    expect(() => dunningDaysSetting('0')).toThrow(/DUNNING_DAYS/);
    expect(() => dunningDaysSetting('x')).toThrow(/DUNNING_DAYS/);
    expect(reminderStep([3, 14, 30], 2)).toBeNull();
    expect(reminderStep([3, 14, 30], 3)).toBe(3);
    expect(reminderStep([3, 14, 30], 20)).toBe(14);
    expect(reminderStep([3, 14, 30], 400)).toBe(30);
  });
});

describe.each(databaseTargets)('dunning on $kind', (target) => {
  let smtp: SmtpListener;
  let server: TestServer;
  let token: string;
  let managerToken: string;
  // Twenty days past due is past the 14-day step (whether or not today's 08:00 has passed in Jakarta).
  const due = addDays(businessDate(), -20);

  beforeAll(async () => {
    smtp = await smtpListener();
    server = await startServer(target, { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, mailFrom: 'Prospek <tagihan@bpr.test>', workReportSchedule: [] });
    token = await server.login('officer1@prospek.test');
    managerToken = await server.login('manager@prospek.test');
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  async function issuedFor(client: { name: string; email?: string; whatsapp?: string }, channel = 'PDF'): Promise<string> {
    const clientId = expectData(
      await server.gql<{ createClient: { id: string } }>(
        `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }`,
        { input: { type: 'COMPANY', ...client } },
        { token },
      ),
    ).createClient.id;
    const input = {
      kind: 'RECEIVABLE',
      clientId,
      issueDate: due,
      dueDate: due,
      lines: [{ description: 'Jasa notaris', quantity: 1, unitPrice: '250000.00', taxCode: 'EXEMPT' }],
    };
    const id = expectData(
      await server.gql<{ createInvoice: { id: string } }>(
        `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }`,
        { input },
        { token },
      ),
    ).createInvoice.id;
    expectData(
      await server.gql(`mutation($id: ID!, $channel: InvoiceChannel!) { issueInvoice(id: $id, channel: $channel) { id } }`, { id, channel }, { token }),
    );
    return id;
  }
  const invoice = async (id: string) =>
    expectData(await server.gql<{ invoice: { number: string; dueDate: string; reminders: Reminder[] } }>(INVOICE, { id }, { token })).invoice;

  it('emails a client with an address the reminder with the invoice PDF, once, through the scheduler', async () => {
    const id = await issuedFor({ name: 'PT Lambat Bayar', email: 'late@client.test' });
    const ran = await server.app.services.scheduler.tick(new Date());
    expect(ran['invoice-dunning']).toBeGreaterThanOrEqual(1);
    await server.app.services.mail.runOnce();
    const { number, reminders } = await invoice(id);
    expect(reminders).toEqual([
      expect.objectContaining({ step: 14, channel: 'EMAIL', recipient: 'late@client.test', activityId: null, deliveryState: 'SENT' }),
    ]);
    const mails = smtp.to('late@client.test');
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`Pengingat tagihan: ${number}`);
    expect(mails[0].text).toContain(`tagihan ${number} sebesar Rp 250.000`);
    expect(mails[0].text).toMatch(/\(\d+ hari lalu\)/);
    const pdf = mails[0].attachments.find((a) => a.contentType === 'application/pdf');
    expect(await pdfText(new Uint8Array(pdf?.content ?? Buffer.alloc(0)))).toContain(number);

    // Again, twice at the same time (on MySQL on a second instance): the reminder's row exists, nothing more is made or sent.
    const other =
      target.kind === 'mysql'
        ? await startServer(
            { database: server.db },
            { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, mailFrom: 'Prospek <tagihan@bpr.test>', workReportSchedule: [] },
          )
        : { app: server.app, close: async () => undefined };
    try {
      const again = await Promise.all([server.app.services.dunning.run(new Date()), other.app.services.dunning.run(new Date())]);
      expect(again).toEqual([0, 0]);
      await Promise.all([server.app.services.mail.runOnce(), other.app.services.mail.runOnce()]);
    } finally {
      await other.close();
    }
    expect(smtp.to('late@client.test')).toHaveLength(1);
    expect((await invoice(id)).reminders).toHaveLength(1);

    const trail = expectData(
      await server.gql<{ auditTrail: { nodes: Array<{ action: string; actorId: string | null }> } }>(
        `query($id: ID!) { auditTrail(entityType: "Invoice", entityId: $id) { nodes { action actorId } } }`,
        { id },
        { token: managerToken },
      ),
    ).auditTrail.nodes;
    expect(trail.filter((e) => e.action === 'remind')).toEqual([{ action: 'remind', actorId: null }]);
  });

  // SQLite is one instance's database (and better-sqlite3 waiting on a lock would block the one process
  // both instances share here): there two runs race on one instance.
  it('two runs racing over a new overdue invoice make one reminder and send one mail', async () => {
    const id = await issuedFor({ name: 'PT Balapan', email: 'race@client.test' });
    const other =
      target.kind === 'mysql'
        ? await startServer(
            { database: server.db },
            { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, mailFrom: 'Prospek <tagihan@bpr.test>', workReportSchedule: [] },
          )
        : { app: server.app, close: async () => undefined };
    try {
      const made = await Promise.all([server.app.services.dunning.run(new Date()), other.app.services.dunning.run(new Date())]);
      expect(made.reduce((a, b) => a + b, 0)).toBe(1);
      await Promise.all([server.app.services.mail.runOnce(), other.app.services.mail.runOnce()]);
    } finally {
      await other.close();
    }
    expect(await server.app.dataSource.getRepository(InvoiceReminder).countBy({ invoiceId: Number(id) })).toBe(1);
    expect(smtp.to('race@client.test')).toHaveLength(1);
  });

  it('puts a prefilled WhatsApp follow-up due today on the officer’s agenda for a client without email', async () => {
    const id = await issuedFor({ name: 'CV Tanpa Surel', whatsapp: '081298765432' });
    expect(await server.app.services.dunning.run(new Date())).toBeGreaterThanOrEqual(1);
    const { number, reminders } = await invoice(id);
    expect(reminders).toEqual([expect.objectContaining({ step: 14, channel: 'WHATSAPP', recipient: null, deliveryState: null })]);
    const activityId = reminders[0].activityId as string;
    const agenda = expectData(
      await server.gql<{
        agenda: { today: Array<{ id: string; reminderInvoice: { id: string; number: string } | null }>; overdue: Array<{ id: string }> };
      }>(`{ agenda { today { id reminderInvoice { id number } } overdue { id } } }`, {}, { token }),
    ).agenda;
    expect([...agenda.today, ...agenda.overdue].map((a) => a.id)).toContain(activityId);
    // The agenda's item links to the invoice it reminds of.
    expect(agenda.today.find((a) => a.id === activityId)?.reminderInvoice).toEqual({ id, number });
    const activity = expectData(
      await server.gql<{ activity: { type: string; doneAt: string | null; message: string; contactLinks: { whatsapp: string; message: string } } }>(
        `query($id: ID!) { activity(id: $id) { type doneAt message contactLinks { whatsapp message } } }`,
        { id: activityId },
        { token },
      ),
    ).activity;
    expect(activity).toMatchObject({ type: 'WHATSAPP', doneAt: null });
    expect(activity.message).toContain(`tagihan ${number} sebesar Rp 250.000`);
    expect(activity.contactLinks.message).toBe(activity.message);
    expect(activity.contactLinks.whatsapp).toBe(`https://wa.me/6281298765432?text=${encodeURIComponent(activity.message)}`);
    expect(await server.app.services.dunning.run(new Date())).toBe(0);
  });

  it('writes in the template DUNNING_TEMPLATE names (the English default) on the DUNNING_DAYS given', async () => {
    const english = await startServer(
      { database: server.db },
      {
        smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
        mailFrom: 'Prospek <tagihan@bpr.test>',
        workReportSchedule: [],
        dunning: { days: [7, 19], template: 'DUNNING_EN' },
      },
    );
    try {
      const id = await issuedFor({ name: 'PT English Please', email: 'english@client.test' });
      expect(await english.app.services.dunning.run(new Date())).toBeGreaterThanOrEqual(1);
      await english.app.services.mail.runOnce();
      const { number, dueDate, reminders } = await invoice(id);
      // 19 or 20 days late (before or after 08:00 in Jakarta): the 19-day step.
      expect(reminders).toEqual([expect.objectContaining({ step: 19, channel: 'EMAIL', deliveryState: 'SENT' })]);
      const [mail] = smtp.to('english@client.test');
      expect(mail.subject).toBe(`Payment reminder: ${number}`);
      expect(mail.text).toContain(`invoice ${number} for Rp 250.000 fell due on`);
      // An English template writes its dates in English.
      expect(mail.text).toContain(`fell due on ${longDateEn(dueDate)} (`);
      expect(longDateEn('2026-12-24')).toBe('24 December 2026');
    } finally {
      await english.close();
    }
  });

  it('leaves a paid invoice alone', async () => {
    const paid = await issuedFor({ name: 'PT Sudah Lunas', email: 'paid@client.test' });
    const { invoice: inv } = expectData(
      await server.gql<{ invoice: { client: { id: string } } }>(`query($id: ID!) { invoice(id: $id) { client { id } } }`, { id: paid }, { token }),
    );
    expectData(
      await server.gql(
        `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }`,
        {
          input: {
            direction: 'IN',
            amount: '250000.00',
            date: businessDate(),
            method: 'TRANSFER',
            clientId: inv.client.id,
            allocations: [{ invoiceId: paid, amount: '250000.00' }],
          },
        },
        { token },
      ),
    );
    await server.app.services.dunning.run(new Date());
    await server.app.services.mail.runOnce();
    expect((await invoice(paid)).reminders).toEqual([]);
    expect(smtp.to('paid@client.test')).toHaveLength(0);
  });
});
