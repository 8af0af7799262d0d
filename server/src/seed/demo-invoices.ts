import type { EntityManager } from 'typeorm';
import { DEFAULT_VAT, addDays, businessDate, formatInvoiceNumber, invoiceTotals } from '@prospek/shared';
import type { InvoiceChannel, InvoiceStatus, TaxCode } from '@prospek/shared';
import { Campaign } from '../modules/campaign/campaign.entity.js';
import { Client } from '../modules/client/client.entity.js';
import { CreditNote, Invoice, InvoiceCounter, InvoiceLine } from '../modules/invoice/invoice.entity.js';
import { Payment, PaymentAllocation } from '../modules/invoice/payment.entity.js';
import { MailOutbox } from '../modules/mail/mail-outbox.entity.js';
import { messageIdOf } from '../modules/mail/mail-outbox.service.js';
import { Office } from '../modules/office/office.entity.js';
import { User } from '../modules/user/user.entity.js';

interface DemoInvoice {
  status: InvoiceStatus;
  /** Issue date, days before today; due 14 days after. */
  ageDays: number;
  channel: InvoiceChannel | null;
  lines: Array<{ description: string; quantity: number; unitPrice: bigint; taxCode: TaxCode }>;
  paidPart?: 'half' | 'all';
}

const FEE = (description: string, rupiah: number, taxCode: TaxCode = 'PPN', quantity = 1) => ({
  description,
  quantity,
  unitPrice: BigInt(rupiah) * 100n,
  taxCode,
});

const RECEIVABLES: DemoInvoice[] = [
  { status: 'DRAFT', ageDays: 0, channel: null, lines: [FEE('Jasa konsultasi keuangan', 2_500_000)] },
  { status: 'ISSUED', ageDays: 3, channel: 'EMAIL', lines: [FEE('Biaya administrasi kredit', 750_000), FEE('Biaya notaris', 1_200_000, 'EXEMPT')] },
  { status: 'ISSUED', ageDays: 25, channel: 'PAPER', lines: [FEE('Jasa survei agunan', 500_000, 'PPN', 2)] },
  { status: 'ISSUED', ageDays: 60, channel: 'PDF', lines: [FEE('Premi asuransi jiwa kredit', 1_800_000, 'EXEMPT')] },
  { status: 'PARTIALLY_PAID', ageDays: 20, channel: 'PAPER', lines: [FEE('Jasa penilaian properti', 3_000_000)], paidPart: 'half' },
  { status: 'PAID', ageDays: 40, channel: 'EMAIL', lines: [FEE('Biaya provisi', 1_000_000)], paidPart: 'all' },
  { status: 'ISSUED', ageDays: 130, channel: 'PAPER', lines: [FEE('Sewa safe deposit box', 600_000, 'PPN', 3)] },
  { status: 'CANCELLED', ageDays: 15, channel: 'PDF', lines: [FEE('Jasa administrasi (salah tagih)', 400_000)] },
];

/**
 * Demo invoices: receivables of the head office's clients in every state (a draft, current and overdue
 * ones, part paid, paid, cancelled with its credit note, one sent by email, one handed over on paper),
 * payables of two suppliers charged to a campaign, the payments and the number counters.
 */
export async function seedDemoInvoices(manager: EntityManager): Promise<void> {
  const today = businessDate();
  const year = Number(today.slice(0, 4));
  const admin = await manager.findOneByOrFail(User, { role: 'ADMIN' });
  const clients = await manager.find(Client, { order: { id: 'ASC' }, take: RECEIVABLES.length });
  if (clients.length === 0) return;
  const counters = new Map<string, number>();
  const next = async (series: 'INV' | 'CN', officeId: number, y: number) => {
    const key = `${series}:${officeId}:${y}`;
    const seq = (counters.get(key) ?? 0) + 1;
    counters.set(key, seq);
    const office = await manager.findOneByOrFail(Office, { id: officeId });
    return { seq, number: formatInvoiceNumber(`${series}/{office}/{year}/{seq:6}`, { office: office.code, year: y, seq }) };
  };
  const insert = async (values: Partial<Invoice>, demo: DemoInvoice) => {
    const totals = invoiceTotals(demo.lines, DEFAULT_VAT);
    const issueDate = addDays(today, -demo.ageDays);
    const numbered = demo.status === 'DRAFT' ? null : await next('INV', values.officeId as number, Number(issueDate.slice(0, 4)));
    const paid = demo.paidPart === 'all' ? totals.total : demo.paidPart === 'half' ? totals.total / 2n : 0n;
    const id = Number(
      (
        await manager.insert(Invoice, {
          ...values,
          status: demo.status,
          number: numbered?.number ?? null,
          year: numbered ? Number(issueDate.slice(0, 4)) : null,
          seq: numbered?.seq ?? null,
          channel: demo.channel,
          issueDate,
          dueDate: addDays(issueDate, 14),
          notes: null,
          subtotal: totals.subtotal,
          taxBase: totals.taxBase,
          tax: totals.tax,
          total: totals.total,
          amountPaid: paid,
          cancelReason: demo.status === 'CANCELLED' ? 'Salah tagih: layanan tidak jadi diberikan' : null,
          handedOverDate: demo.channel === 'PAPER' && demo.status !== 'DRAFT' ? addDays(issueDate, 1) : null,
          handedOverTo: demo.channel === 'PAPER' && demo.status !== 'DRAFT' ? 'Bagian keuangan' : null,
          createdById: admin.id,
          version: 1,
        })
      ).identifiers[0].id,
    );
    await manager.insert(
      InvoiceLine,
      demo.lines.map((line, i) => ({ invoiceId: id, position: i + 1, ...line, amount: totals.lines[i] })),
    );
    return { id, issueDate, total: totals.total, paid, number: numbered?.number ?? null, taxBase: totals.taxBase, tax: totals.tax };
  };

  for (const [i, demo] of RECEIVABLES.entries()) {
    const client = clients[i % clients.length];
    const made = await insert({ kind: 'RECEIVABLE', officeId: client.officeId, clientId: client.id, supplierName: null, campaignId: null }, demo);
    if (made.paid > 0n) {
      const paymentId = Number(
        (
          await manager.insert(Payment, {
            direction: 'IN',
            officeId: client.officeId,
            clientId: client.id,
            supplierName: null,
            amount: made.paid,
            unallocated: 0n,
            date: addDays(made.issueDate, 7),
            method: 'TRANSFER',
            reference: `TRF-${made.id}`,
            sourceKey: null,
            createdById: admin.id,
          })
        ).identifiers[0].id,
      );
      await manager.insert(PaymentAllocation, { paymentId, invoiceId: made.id, amount: made.paid, date: addDays(made.issueDate, 7) });
    }
    if (demo.status === 'CANCELLED') {
      const cn = await next('CN', client.officeId, year);
      await manager.insert(CreditNote, {
        invoiceId: made.id,
        number: cn.number,
        date: addDays(made.issueDate, 2),
        taxBase: made.taxBase,
        tax: made.tax,
        total: made.total,
        reason: 'Salah tagih: layanan tidak jadi diberikan',
        createdById: admin.id,
      });
    }
    if (demo.channel === 'EMAIL' && made.number) {
      await manager.insert(MailOutbox, {
        subjectType: 'Invoice',
        subjectId: made.id,
        messageId: messageIdOf('Invoice', made.id, made.number, 'no-reply@prospek.local'),
        recipient: client.email ?? 'keuangan@contoh.co.id',
        state: 'SENT',
        attempts: 1,
        lastError: null,
        nextAttemptAt: new Date(),
        sentAt: new Date(),
      });
    }
  }

  const office = clients[0].officeId;
  const campaign = await manager.findOne(Campaign, { where: { officeId: office }, order: { id: 'ASC' } });
  const payables: Array<[string, DemoInvoice]> = [
    ['CV Percetakan Maju Jaya', { status: 'PAID', ageDays: 30, channel: 'PDF', lines: [FEE('Cetak brosur A5', 1_500, 'PPN', 2000)], paidPart: 'all' }],
    ['CV Percetakan Maju Jaya', { status: 'ISSUED', ageDays: 10, channel: 'PDF', lines: [FEE('Spanduk 3 x 1 m', 350_000, 'PPN', 4)] }],
    [
      'PT Event Nusantara',
      { status: 'ISSUED', ageDays: 45, channel: 'PAPER', lines: [FEE('Sewa stan pameran', 7_500_000), FEE('Konsumsi peserta', 45_000, 'PPN', 80)] },
    ],
    ['PT Event Nusantara', { status: 'DRAFT', ageDays: 0, channel: null, lines: [FEE('Dekorasi panggung', 4_000_000)] }],
  ];
  for (const [supplierName, demo] of payables) {
    const made = await insert({ kind: 'PAYABLE', officeId: office, clientId: null, supplierName, campaignId: campaign?.id ?? null }, demo);
    if (made.paid > 0n) {
      const paymentId = Number(
        (
          await manager.insert(Payment, {
            direction: 'OUT',
            officeId: office,
            clientId: null,
            supplierName,
            amount: made.paid,
            unallocated: 0n,
            date: addDays(made.issueDate, 10),
            method: 'TRANSFER',
            reference: `OUT-${made.id}`,
            sourceKey: null,
            createdById: admin.id,
          })
        ).identifiers[0].id,
      );
      await manager.insert(PaymentAllocation, { paymentId, invoiceId: made.id, amount: made.paid, date: addDays(made.issueDate, 10) });
    }
  }
  for (const [key, lastSeq] of counters) {
    const [series, officeId, y] = key.split(':');
    await manager.insert(InvoiceCounter, { series, officeId: Number(officeId), year: Number(y), lastSeq });
  }
}
