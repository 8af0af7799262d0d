/**
 * A demo bank statement of the head office, as the matching job leaves it: two lines matched to the
 * demo invoices' payments, one proposed (a few rupiah short of an invoice), one money from a client
 * with no invoice in FOLLOW_UP with its follow-up, and two lines nothing fits. Written directly, so
 * seeding stays fast; its lines carry fingerprints like an upload's.
 */
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { addDays, businessDate, moneyToDecimal } from '@prospek/shared';
import { Client } from '../modules/client/client.entity.js';
import { Activity } from '../modules/follow-up/activity.entity.js';
import { Invoice } from '../modules/invoice/invoice.entity.js';
import { Payment, PaymentAllocation } from '../modules/invoice/payment.entity.js';
import { BankStatement, BankStatementLine } from '../modules/reconcile/bank-statement.entity.js';
import { followUpNote } from '../modules/reconcile/reconcile-wording.js';
import { fingerprints } from '../modules/reconcile/statement-parse.js';
import { User } from '../modules/user/user.entity.js';

export async function seedDemoStatements(manager: EntityManager): Promise<void> {
  const today = businessDate();
  const managerUser = await manager.findOneBy(User, { role: 'MANAGER' });
  const open = await manager.find(Invoice, { where: { kind: 'RECEIVABLE', status: 'ISSUED' }, order: { issueDate: 'DESC' } });
  const payments = await manager.find(Payment, { where: { direction: 'IN' }, order: { id: 'ASC' }, take: 2 });
  if (!managerUser || open.length === 0 || payments.length < 2) return;
  const allocations = await manager.findBy(PaymentAllocation, { paymentId: In(payments.map((p) => p.id)) });
  const invoices = await manager.findBy(Invoice, { id: In(allocations.map((a) => a.invoiceId)) });
  const clients = await manager.find(Client, { where: { officeId: managerUser.officeId }, order: { id: 'DESC' }, take: 1 });
  const payer = clients[0];
  const proposed = open[0];
  const account = '1230009876543';
  const officeId = managerUser.officeId;
  type Demo = Omit<Partial<BankStatementLine>, 'amount'> & { amount: bigint; remark: string; reference: string | null; date: string; direction: 'IN' | 'OUT' };
  const paid: Demo[] = payments.map((p) => {
    const invoice = invoices.find((i) => allocations.some((a) => a.paymentId === p.id && a.invoiceId === i.id));
    return {
      date: p.date,
      direction: 'IN',
      amount: p.amount,
      remark: `TRF PEMBAYARAN ${invoice?.number ?? ''}`.trim(),
      reference: p.reference,
      state: 'MATCHED',
      targetKind: 'RECEIVABLE',
      targetId: invoice?.id ?? null,
      clientId: p.clientId,
      rule: 'REFERENCE',
      postedKind: 'PAYMENT',
      postedId: p.id,
    };
  });
  const lines: Demo[] = [
    ...paid,
    {
      date: addDays(today, -1),
      direction: 'IN',
      amount: proposed.total - proposed.amountPaid - 50_000n,
      remark: 'SETORAN KLIRING',
      reference: 'KLR-2291',
      state: 'PROPOSED',
      targetKind: 'RECEIVABLE',
      targetId: proposed.id,
      clientId: proposed.clientId,
      rule: 'TOLERANCE',
    },
    {
      date: addDays(today, -1),
      direction: 'IN',
      amount: 275_000_00n,
      remark: `TRF DARI ${payer.name.toUpperCase()}`,
      reference: 'FT-88120',
      state: 'FOLLOW_UP',
      clientId: payer.id,
      reasonCode: 'NO_INVOICE',
    },
    { date: addDays(today, -2), direction: 'OUT', amount: 15_000_00n, remark: 'BIAYA ADMINISTRASI BULANAN', reference: null, state: 'UNMATCHED' },
    { date: addDays(today, -2), direction: 'IN', amount: 1_337_500_00n, remark: 'SETORAN TUNAI TELLER', reference: 'TLR-0419', state: 'UNMATCHED' },
  ];
  const dates = lines.map((l) => l.date).sort();
  const statementId = Number(
    (
      await manager.insert(BankStatement, {
        officeId,
        account,
        format: 'MT940',
        fileName: 'mutasi-rekening-giro.sta',
        periodFrom: dates[0],
        periodTo: dates[dates.length - 1],
        status: 'DONE',
        lineCount: lines.length,
        duplicateCount: 0,
        progress: 100,
        uploadedById: managerUser.id,
      })
    ).identifiers[0].id,
  );
  const prints = fingerprints(
    officeId,
    account,
    lines.map((l) => ({ ...l, balance: null })),
  );
  for (const [i, line] of lines.entries()) {
    const client = line.clientId ? await manager.findOneBy(Client, { id: line.clientId }) : null;
    let activityId: number | null = null;
    let reasonParams: string | null = null;
    if (line.reasonCode === 'NO_INVOICE' && client) {
      const params = { name: client.name, paid: moneyToDecimal(line.amount) };
      reasonParams = JSON.stringify(params);
      activityId = Number(
        (
          await manager.insert(Activity, {
            type: 'CALL',
            leadId: null,
            clientId: client.id,
            ownerId: client.officerId ?? managerUser.id,
            createdById: managerUser.id,
            dueAt: new Date(),
            doneAt: null,
            notes: followUpNote('NO_INVOICE', params, { date: line.date, amount: moneyToDecimal(line.amount), reference: line.reference }),
          })
        ).identifiers[0].id,
      );
    }
    await manager.insert(BankStatementLine, {
      statementId,
      officeId,
      officerId: client?.officerId ?? null,
      fingerprint: prints[i],
      balance: null,
      position: `${String(statementId).padStart(10, '0')}${String(i).padStart(6, '0')}`,
      checked: true,
      targetKind: null,
      targetId: null,
      clientId: null,
      rule: null,
      reasonCode: null,
      postedKind: null,
      postedId: null,
      ...line,
      reasonParams,
      activityId,
    });
  }
}
