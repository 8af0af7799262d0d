/**
 * Receivables and complaints on top of the report fixture, for the money trends: invoices with payments
 * and reversals, and complaints resolved just either side of midnight in the WITA branch (UTC+8).
 */
import type { DataSource } from 'typeorm';
import { businessDate, officeZone, parseMoney } from '@prospek/shared';
import type { InvoiceStatus } from '@prospek/shared';
import { Client } from '../../server/src/modules/client/client.entity.js';
import { Complaint, ComplaintCategory, ComplaintEvent } from '../../server/src/modules/complaint/complaint.entity.js';
import { Invoice } from '../../server/src/modules/invoice/invoice.entity.js';
import { Office } from '../../server/src/modules/office/office.entity.js';
import { Payment, PaymentAllocation } from '../../server/src/modules/invoice/payment.entity.js';
import type { ReportFixture } from './report-fixture.js';

export interface MoneyTrendFixture {
  complaintIds: number[];
}

const rp = (rupiah: string) => parseMoney(rupiah);

export async function seedMoneyTrends(dataSource: DataSource, fx: ReportFixture): Promise<MoneyTrendFixture> {
  const m = dataSource.manager;
  const creatorId = fx.officerA.id;
  const client = (cif: string, officeId: number, officerId: number) =>
    m.save(Client, m.create(Client, { cif, type: 'PERSON', name: `Klien ${cif}`, officeId, officerId, segment: 'MICRO', status: 'ACTIVE' }));
  const a = await client('KDI-T001', fx.witaId, fx.officerA.id);
  const b = await client('SOQ-T001', fx.witId, fx.officerB.id);
  let seq = 0;
  const invoice = async (c: Client, status: InvoiceStatus, issueDate: string, dueDate: string, total: string) => {
    seq += 1;
    const amount = rp(total);
    const saved = await m.save(
      Invoice,
      m.create(Invoice, {
        kind: 'RECEIVABLE',
        status,
        number: status === 'DRAFT' ? null : `INV/TRD/2026/${String(seq).padStart(4, '0')}`,
        year: status === 'DRAFT' ? null : 2026,
        seq: status === 'DRAFT' ? null : 9000 + seq,
        officeId: c.officeId,
        clientId: c.id,
        issueDate,
        dueDate,
        subtotal: amount,
        taxBase: 0n,
        tax: 0n,
        total: amount,
        amountPaid: 0n,
        createdById: creatorId,
      }),
    );
    return saved.id;
  };
  const pay = async (c: Client, invoiceId: number, date: string, amount: string, reversedAt: Date | null = null) => {
    const payment = await m.save(
      Payment,
      m.create(Payment, {
        direction: 'IN',
        officeId: c.officeId,
        clientId: c.id,
        amount: rp(amount),
        unallocated: 0n,
        date,
        method: 'TRANSFER',
        createdById: creatorId,
        reversedAt,
      }),
    );
    await m.insert(PaymentAllocation, { paymentId: payment.id, invoiceId, amount: rp(amount), date });
    if (reversedAt) {
      // The undoing entry takes the reversal's day in the payment's office, as the reversal writes it.
      const office = await m.findOneByOrFail(Office, { id: c.officeId });
      await m.insert(PaymentAllocation, { paymentId: payment.id, invoiceId, amount: -rp(amount), date: businessDate(reversedAt, officeZone(office.timeZone)) });
    }
  };
  const old = await invoice(a, 'ISSUED', '2026-06-01', '2026-06-15', '3000000');
  const i1 = await invoice(a, 'PARTIALLY_PAID', '2026-09-10', '2026-09-24', '10000000');
  await pay(a, i1, '2026-10-05', '4000000');
  const i2 = await invoice(a, 'ISSUED', '2026-10-20', '2026-11-19', '5000000');
  // Reversed at 00:30 WITA on 1 December: still paid at November's end.
  await pay(a, i2, '2026-11-10', '3000000', new Date('2026-11-30T16:30:00Z'));
  const i3 = await invoice(a, 'ISSUED', '2026-11-01', '2026-12-31', '8000000');
  // Reversed at 23:30 WITA on 30 November: unpaid again at November's end.
  await pay(a, i3, '2026-11-15', '8000000', new Date('2026-11-30T15:30:00Z'));
  const i4 = await invoice(a, 'PAID', '2026-11-02', '2026-11-16', '2500000');
  await pay(a, i4, '2026-11-30', '2500000');
  await invoice(a, 'CANCELLED', '2026-10-01', '2026-10-15', '7000000');
  await invoice(a, 'DRAFT', '2026-11-03', '2026-11-17', '9000000');
  const i6 = await invoice(b, 'PARTIALLY_PAID', '2026-11-05', '2026-11-20', '1000000');
  await pay(b, i6, '2026-12-01', '400000');
  void old;

  const category = await m.save(ComplaintCategory, m.create(ComplaintCategory, { name: 'Tren SLA', active: true }));
  const complaintIds: number[] = [];
  let position = 0;
  const complaint = async (officeId: number, ownerId: number, receivedAt: string, steps: Array<['MOVED' | 'RESOLVED', string]>) => {
    const last = steps.length ? steps[steps.length - 1] : null;
    const status = last === null ? 'OPEN' : last[0] === 'RESOLVED' ? 'RESOLVED' : 'IN_PROGRESS';
    const saved = await m.save(
      Complaint,
      m.create(Complaint, {
        channel: 'PHONE',
        categoryId: category.id,
        priority: 'NORMAL',
        description: 'Tren SLA',
        receivedAt,
        completeOn: receivedAt,
        status,
        position: `t${String(++position).padStart(4, '0')}`,
        ownerId,
        officeId,
        slaWorkingDays: 2,
        createdById: creatorId,
      }),
    );
    await m.insert(ComplaintEvent, { complaintId: saved.id, kind: 'CREATED', status: 'OPEN', actorId: creatorId, at: new Date(`${receivedAt}T01:00:00Z`) });
    for (const [kind, at] of steps)
      await m.insert(ComplaintEvent, {
        complaintId: saved.id,
        kind,
        status: kind === 'RESOLVED' ? 'RESOLVED' : 'IN_PROGRESS',
        actorId: creatorId,
        at: new Date(at),
      });
    complaintIds.push(saved.id);
  };
  await complaint(fx.witaId, fx.officerA.id, '2026-10-28', [['RESOLVED', '2026-11-02T02:00:00Z']]);
  await complaint(fx.witaId, fx.officerA.id, '2026-11-02', [['RESOLVED', '2026-11-03T02:00:00Z']]);
  await complaint(fx.witaId, fx.officerA.id, '2026-11-02', [['RESOLVED', '2026-11-20T02:00:00Z']]);
  await complaint(fx.witaId, fx.officerA.id, '2026-11-09', [['MOVED', '2026-11-09T03:00:00Z']]);
  // Resolved at 00:30 WITA on 1 December: open past its deadline at November's end.
  await complaint(fx.witaId, fx.officerA.id, '2026-11-23', [['RESOLVED', '2026-11-30T16:30:00Z']]);
  // Resolved at 23:30 WITA on 30 November.
  await complaint(fx.witaId, fx.officerA.id, '2026-11-26', [['RESOLVED', '2026-11-30T15:30:00Z']]);
  await complaint(fx.witId, fx.officerB.id, '2026-11-04', []);
  return { complaintIds };
}
