import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDate } from '@prospek/shared';
import { BackgroundJob } from '../../server/src/jobs/job.entity.js';
import { MailOutbox } from '../../server/src/modules/mail/mail-outbox.entity.js';
import { MAIL_SEND_JOB, MailOutboxService } from '../../server/src/modules/mail/mail-outbox.service.js';
import { InProcessJobQueue } from '../../server/src/jobs/in-process-queue.js';
import { JobStore } from '../../server/src/jobs/job-store.js';
import { until } from '../helpers/own-redis.js';
import { REDIS_URL, redisAvailable } from '../helpers/services.js';
import { databaseTargets } from '../helpers/databases.js';
import { pdfText } from '../helpers/pdf.js';
import { smtpListener } from '../helpers/smtp.js';
import type { SmtpListener } from '../helpers/smtp.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const DELIVERY = `query($id: ID!) { invoice(id: $id) { number delivery { state attempts lastError messageId recipient sentAt } } }`;

interface Delivery {
  state: string;
  attempts: number;
  lastError: string | null;
  messageId: string;
  recipient: string;
}

describe.each(databaseTargets)('invoices by email on $kind', (target) => {
  let smtp: SmtpListener;
  let server: TestServer;
  let token: string;
  const today = businessDate();

  beforeAll(async () => {
    smtp = await smtpListener();
    server = await startServer(target, { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, mailFrom: 'Prospek <tagihan@bpr.test>' });
    token = await server.login('officer1@prospek.test');
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  async function draftFor(email: string): Promise<string> {
    const client = expectData(
      await server.gql<{ createClient: { id: string } }>(
        `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }`,
        { input: { type: 'COMPANY', name: `PT ${email}`, email } },
        { token },
      ),
    ).createClient.id;
    const input = {
      kind: 'RECEIVABLE',
      clientId: client,
      issueDate: today,
      dueDate: today,
      lines: [{ description: 'Jasa', quantity: 1, unitPrice: '100000.00', taxCode: 'PPN' }],
    };
    return expectData(
      await server.gql<{ createInvoice: { id: string } }>(
        `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }`,
        { input },
        { token },
      ),
    ).createInvoice.id;
  }
  const issueByEmail = async (id: string) =>
    expectData(await server.gql(`mutation($id: ID!) { issueInvoice(id: $id, channel: EMAIL) { id } }`, { id }, { token }));
  const delivery = async (id: string) => expectData(await server.gql<{ invoice: { number: string; delivery: Delivery } }>(DELIVERY, { id }, { token })).invoice;
  const mailsTo = (address: string) => smtp.to(address);

  it('sends the invoice with its PDF once, with a deterministic Message-ID, and shows SENT on the invoice', async () => {
    const id = await draftFor('a@client.test');
    await issueByEmail(id);
    await server.app.services.mail.runOnce();
    await server.app.services.mail.runOnce();
    const { number, delivery: sent } = await delivery(id);
    expect(sent).toMatchObject({ state: 'SENT', attempts: 1, lastError: null, recipient: 'a@client.test' });
    const mails = mailsTo('a@client.test');
    expect(mails).toHaveLength(1);
    expect(mails[0].messageId).toBe(sent.messageId);
    expect(sent.messageId).toMatch(/@bpr\.test>$/);
    expect(mails[0].subject).toContain(number);
    const pdf = mails[0].attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdf).toBeDefined();
    expect(await pdfText(new Uint8Array(pdf?.content ?? Buffer.alloc(0)))).toContain(number);
  });

  it('is sent by one of two instances racing for it', async () => {
    const other = await startServer({ database: server.db }, { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, mailFrom: 'Prospek <tagihan@bpr.test>' });
    try {
      const id = await draftFor('b@client.test');
      await issueByEmail(id);
      // The second run on the same instance joins the sweep under way there and answers its count.
      const [here, there, joined] = await Promise.all([
        server.app.services.mail.runOnce(),
        other.app.services.mail.runOnce(),
        other.app.services.mail.runOnce(),
      ]);
      expect(joined).toBe(there);
      expect(here + there).toBeLessThanOrEqual(1);
      expect(mailsTo('b@client.test')).toHaveLength(1);
      const rows = await server.app.dataSource.getRepository(MailOutbox).findBy({ recipient: 'b@client.test' });
      expect(rows.map((r) => [r.state, r.attempts])).toEqual([['SENT', 1]]);
    } finally {
      await other.close();
    }
  });

  it('sends a row that fell due while a sweep was under way, on a run asked for meanwhile', async () => {
    // An outbox of its own on this database, with a clock the test moves: its first sweep reads before the
    // row is due; the run asked for while that sweep is under way must sweep again rather than join it.
    let offsetMs = 5 * 60_000;
    const outbox = new MailOutboxService(
      server.app.dataSource,
      new InProcessJobQueue(new JobStore(server.app.dataSource), { concurrency: 2, lockMs: 30_000 }),
      'Prospek <tagihan@bpr.test>',
      `smtp://127.0.0.1:${smtp.port}`,
      () => new Date(Date.now() + offsetMs),
    );
    const invoiceMail = server.app.services.mail.subjects.get('Invoice');
    if (invoiceMail) outbox.subjects.set('Invoice', invoiceMail);
    try {
      const id = await draftFor('meanwhile@client.test');
      await server.app.dataSource.transaction((m) => outbox.enqueue(m, 'Invoice', Number(id), 'meanwhile', 'meanwhile@client.test'));
      offsetMs = 0;
      const first = outbox.runOnce();
      offsetMs = 10 * 60_000;
      const meanwhile = outbox.runOnce();
      expect(await first).toBe(0);
      await meanwhile;
      const row = () => server.app.dataSource.getRepository(MailOutbox).findOneByOrFail({ subjectType: 'Invoice', subjectId: Number(id) });
      await until(async () => (await row()).state === 'SENT', 'the row to be sent');
      expect(mailsTo('meanwhile@client.test')).toHaveLength(1);
    } finally {
      await outbox.stop();
    }
  });

  it('after a sender died mid-send, waits out its lease, then sends again with the same Message-ID', async () => {
    // An instance without SMTP queues the mail; a sender "claims" it and dies (state SENDING, lease running).
    const quiet = await startServer({ database: server.db }, { smtpUrl: null });
    const later = await startServer(
      { database: server.db },
      { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, mailFrom: 'Prospek <tagihan@bpr.test>' },
      {
        now: () => new Date(Date.now() + 5 * 60_000),
      },
    );
    try {
      const quietToken = await quiet.login('officer1@prospek.test');
      const client = expectData(
        await quiet.gql<{ createClient: { id: string } }>(
          `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }`,
          { input: { type: 'COMPANY', name: 'PT Crash', email: 'c@client.test' } },
          { token: quietToken },
        ),
      ).createClient.id;
      const input = {
        kind: 'RECEIVABLE',
        clientId: client,
        issueDate: today,
        dueDate: today,
        lines: [{ description: 'Jasa', quantity: 1, unitPrice: '1.00', taxCode: 'EXEMPT' }],
      };
      const id = expectData(
        await quiet.gql<{ createInvoice: { id: string } }>(
          `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }`,
          { input },
          { token: quietToken },
        ),
      ).createInvoice.id;
      expectData(await quiet.gql(`mutation($id: ID!) { issueInvoice(id: $id, channel: EMAIL) { id } }`, { id }, { token: quietToken }));
      expect((await delivery(id)).delivery.state).toBe('QUEUED');
      const repo = server.app.dataSource.getRepository(MailOutbox);
      await repo.update({ subjectType: 'Invoice', subjectId: Number(id) }, { state: 'SENDING', attempts: 1, nextAttemptAt: new Date(Date.now() + 120_000) });
      expect(await server.app.services.mail.runOnce()).toBe(0);
      expect(mailsTo('c@client.test')).toHaveLength(0);
      expect(await later.app.services.mail.runOnce()).toBe(1);
      const { delivery: sent } = await delivery(id);
      expect(sent).toMatchObject({ state: 'SENT', attempts: 2 });
      expect(mailsTo('c@client.test').map((m) => m.messageId)).toEqual([sent.messageId]);
    } finally {
      await quiet.close();
      await later.close();
    }
  });

  it('records a refusal as FAILED with the error and the attempt', async () => {
    const id = await draftFor('refused@client.test');
    await issueByEmail(id);
    await server.app.services.mail.runOnce();
    const { delivery: failed } = await delivery(id);
    expect(failed.state).toBe('FAILED');
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toContain('Mailbox unavailable');
  });
});

const redisUp = await redisAvailable();
if (!redisUp && process.env.REQUIRE_REDIS === '1') throw new Error('Redis is required (REQUIRE_REDIS=1) but not reachable');

describe.skipIf(!redisUp).each(databaseTargets)('invoice mail on the BullMQ job queue on $kind', (target) => {
  it('is sent once by whichever instance’s worker takes its job, and the job is listed', async () => {
    const smtp = await smtpListener();
    const settings = {
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      mailFrom: 'Prospek <tagihan@bpr.test>',
      redisUrl: REDIS_URL,
      redisPrefix: `prospek-mail-${Date.now()}`,
    };
    const server = await startServer(target, settings);
    const other = await startServer({ database: server.db }, settings);
    try {
      expect(server.app.services.jobs.engine).toBe('bullmq');
      const token = await server.login('officer1@prospek.test');
      const clientId = expectData(
        await server.gql<{ createClient: { id: string } }>(
          `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }`,
          { input: { type: 'COMPANY', name: 'PT Antrean', email: 'queue@client.test' } },
          { token },
        ),
      ).createClient.id;
      const input = {
        kind: 'RECEIVABLE',
        clientId,
        issueDate: businessDate(),
        dueDate: businessDate(),
        lines: [{ description: 'Jasa', quantity: 1, unitPrice: '5000.00', taxCode: 'EXEMPT' }],
      };
      const id = expectData(
        await server.gql<{ createInvoice: { id: string } }>(
          `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }`,
          { input },
          { token },
        ),
      ).createInvoice.id;
      expectData(await server.gql(`mutation($id: ID!) { issueInvoice(id: $id, channel: EMAIL) { id } }`, { id }, { token }));
      // Both instances sweep as their clocks would: the job's id is the row's and attempt's, so one job.
      await Promise.all([server.app.services.mail.runOnce(), other.app.services.mail.runOnce()]);
      await until(() => smtp.to('queue@client.test').length > 0, 'the mail');
      await until(
        async () => (await server.app.dataSource.getRepository(MailOutbox).findOneByOrFail({ subjectType: 'Invoice', subjectId: Number(id) })).state === 'SENT',
        'SENT on the row',
      );
      const jobs = await server.app.dataSource.getRepository(BackgroundJob).findBy({ name: MAIL_SEND_JOB });
      expect(jobs.map((j) => j.id)).toEqual([expect.stringMatching(/^mail-send\.\d+-0$/)]);
      await Promise.all([server.app.services.mail.runOnce(), other.app.services.mail.runOnce()]);
      expect(smtp.to('queue@client.test')).toHaveLength(1);
    } finally {
      await other.close();
      await server.close();
      await smtp.close();
    }
  });
});
