/**
 * A loan book for the demo: most won clients' accepted offers disbursed, plus the book the bank had
 * before Prospek (borrowers with loans disbursed up to two and a half years ago), about 150 loans in
 * all. Histories are replayed with the real engine: most borrowers pay on time, some are late, a few
 * stopped paying (grades 3–5), some paid off. Bucket and grade changes are kept per month-end.
 */
import type { EntityManager } from 'typeorm';
import {
  ALLOCATION_PRESETS,
  addDays,
  addMonths,
  businessDate,
  collectibilityOf,
  disbursementSchedule,
  dpdBucketOf,
  loanPosition,
  normalizeIndonesianPhone,
  replayLedger,
} from '@prospek/shared';
import type { CollectibilityRules, LedgerPayment, ScheduledInstallment } from '@prospek/shared';
import { Client, CifSequence } from '../modules/client/client.entity.js';
import { CollectibilityRuleSet, LoanGradeChange, LoanProductSetting } from '../modules/loan/collectibility.entity.js';
import { Loan, LoanInstallment } from '../modules/loan/loan.entity.js';
import { LoanAllocation, LoanPosting, Repayment } from '../modules/loan/repayment.entity.js';
import type { RepaymentChannel } from '../modules/loan/repayment.entity.js';
import { Lead } from '../modules/lead/lead.entity.js';
import { Offer } from '../modules/offer/offer.entity.js';
import { Office } from '../modules/office/office.entity.js';
import { Product } from '../modules/product/product.entity.js';
import { User } from '../modules/user/user.entity.js';
import { FIRST_NAMES, LAST_NAMES } from './demo-names.js';

/** Loans of borrowers who came before Prospek. */
const BOOK_LOANS = 135;

type Habit = 'PUNCTUAL' | 'LATE' | 'STOPPED' | 'PAID_OFF';

function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}
type Rng = ReturnType<typeof random>;

const CHANNELS: RepaymentChannel[] = ['TRANSFER', 'VIRTUAL_ACCOUNT', 'AUTO_DEBIT', 'CASH', 'TRANSFER'];

/** What a borrower of a habit paid, as of `today`. */
function historyOf(habit: Habit, schedule: ScheduledInstallment[], today: string, rng: Rng): Array<Omit<LedgerPayment, 'id'>> {
  const payments: Array<Omit<LedgerPayment, 'id'>> = [];
  const due = schedule.filter((s) => s.dueDate <= today);
  const amountOf = (s: ScheduledInstallment) => s.principal + s.interest;
  const stopAfter = habit === 'STOPPED' ? Math.max(0, due.length - rng.int(3, 10)) : due.length;
  const payOffAt = habit === 'PAID_OFF' ? rng.int(2, Math.max(2, due.length - 1)) : -1;
  for (let k = 0; k < due.length && k < stopAfter; k++) {
    const s = due[k];
    let valueDate = addDays(s.dueDate, habit === 'LATE' ? rng.int(3, 45) : rng.int(-3, 2));
    if (valueDate > today) valueDate = today;
    if (habit === 'LATE' && k >= due.length - rng.int(0, 2)) break;
    if (k === payOffAt) {
      // Paid off: everything left on the schedule at once.
      payments.push({ amount: schedule.slice(k).reduce((sum, r) => sum + amountOf(r), 0n), valueDate });
      return payments;
    }
    payments.push({ amount: amountOf(s), valueDate });
  }
  return payments;
}

export async function seedDemoLoans(manager: EntityManager): Promise<void> {
  const rng = random(20261129);
  const today = businessDate();
  const products = (await manager.find(Product)).filter((p) => p.kind === 'LOAN' && p.interestMethod);
  const officers = await manager.find(User, { where: { role: 'OFFICER' } });
  const ruleSet = await manager.findOneByOrFail(CollectibilityRuleSet, { institutionType: 'COMMERCIAL_BANK' });
  const rules: CollectibilityRules = {
    maxDaysPastDue: ruleSet.maxDaysPastDue as CollectibilityRules['maxDaysPastDue'],
    pastMaturityMinGrade: ruleSet.pastMaturityMinGrade,
  };
  // Micro loans: three days of grace, and arrears up to Rp 5.000 are not late.
  const micro = products.find((p) => p.segment === 'MICRO');
  if (micro) {
    await manager.insert(LoanProductSetting, {
      productId: micro.id,
      allocationOrderJson: JSON.stringify(ALLOCATION_PRESETS.INSTALLMENT_BY_INSTALLMENT),
      graceDays: 3,
      toleranceAmount: 500_000n,
      penaltyMicroPercentPerDay: 0,
    });
  }

  // Won clients' accepted offers; one per officer stays undisbursed, to show the Disburse action.
  const won = await manager
    .createQueryBuilder(Offer, 'o')
    .innerJoin(Lead, 'l', 'l.id = o.leadId')
    .where("o.status = 'ACCEPTED' AND l.stage = 'WON' AND o.clientId IS NOT NULL")
    .orderBy('o.id', 'ASC')
    .getMany();
  const keptBack = new Set<number>();
  const offers: Array<{ offer: Offer; client: Client; disbursed: string }> = [];
  for (const offer of won) {
    const client = await manager.findOneByOrFail(Client, { id: offer.clientId as number });
    if (client.officerId !== null && !keptBack.has(client.officerId)) {
      keptBack.add(client.officerId);
      continue;
    }
    const product = products.find((p) => p.id === offer.productId);
    if (!product) continue;
    const decided = offer.decidedAt ? businessDate(offer.decidedAt) : today;
    offers.push({ offer, client, disbursed: decided < today ? decided : addDays(today, -rng.int(1, 20)) });
  }

  // The existing book: a client, an accepted offer and a loan each.
  const offices = new Map((await manager.find(Office)).map((o) => [o.id, o]));
  for (let i = 0; i < BOOK_LOANS; i++) {
    const officer = rng.pick(officers);
    const product = products.find((p) => p.segment === officer.segment) ?? rng.pick(products);
    const sequence = await manager.findOneByOrFail(CifSequence, { officeId: officer.officeId });
    await manager.update(CifSequence, { officeId: officer.officeId }, { lastNumber: sequence.lastNumber + 1 });
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    // 0819 is none of the prefixes the leads draw from, so these numbers are the book's own.
    const phone = normalizeIndonesianPhone(`08190${String(1_000_000 + i * 37).padStart(7, '0')}`);
    const inserted = await manager.insert(Client, {
      cif: `${offices.get(officer.officeId)?.code}-${String(sequence.lastNumber + 1).padStart(6, '0')}`,
      type: 'PERSON',
      name,
      nik: null,
      npwp: null,
      birthDate: null,
      gender: null,
      phone,
      whatsapp: null,
      email: null,
      address: null,
      officerId: officer.id,
      officeId: officer.officeId,
      segment: officer.segment,
      status: 'ACTIVE',
      sourceLeadId: null,
    });
    const client = await manager.findOneByOrFail(Client, { id: Number(inserted.identifiers[0].id) });
    const tenor = Math.min(product.maxTenorMonths, Math.max(product.minTenorMonths, rng.pick([12, 18, 24, 36])));
    const span = product.maxAmount > 0n ? product.maxAmount - product.minAmount : product.minAmount * 10n;
    const amount = ((product.minAmount + (span * BigInt(rng.int(0, 40))) / 100n) / 100_000_000n) * 100_000_000n || product.minAmount;
    const disbursed = addDays(today, -rng.int(30, 900));
    const offer = await manager.insert(Offer, {
      leadId: null,
      clientId: client.id,
      productId: product.id,
      amount,
      tenorMonths: tenor,
      annualRateMicro: Math.round((product.minRateMicro + product.maxRateMicro) / 20_000) * 10_000,
      interestMethod: product.interestMethod,
      status: 'ACCEPTED',
      validUntil: addDays(disbursed, 7),
      presentedAt: new Date(`${addDays(disbursed, -14)}T03:00:00Z`),
      decidedAt: new Date(`${addDays(disbursed, -7)}T03:00:00Z`),
      declineReason: null,
      createdAt: new Date(`${addDays(disbursed, -14)}T03:00:00Z`),
      createdById: officer.id,
    });
    offers.push({ offer: await manager.findOneByOrFail(Offer, { id: Number(offer.identifiers[0].id) }), client, disbursed });
  }

  for (const { offer, client, disbursed } of offers) {
    const roll = rng.next();
    const habit: Habit = roll < 0.74 ? 'PUNCTUAL' : roll < 0.88 ? 'LATE' : roll < 0.94 ? 'STOPPED' : 'PAID_OFF';
    await seedLoan(manager, rng, { offer, client, disbursed, habit, today, rules, ruleSetId: ruleSet.id });
  }
}

async function seedLoan(
  manager: EntityManager,
  rng: Rng,
  o: { offer: Offer; client: Client; disbursed: string; habit: Habit; today: string; rules: CollectibilityRules; ruleSetId: number },
): Promise<void> {
  const { offer, client, disbursed, today } = o;
  const firstDue = addMonths(disbursed, 1);
  const schedule = disbursementSchedule(
    { amount: offer.amount, tenorMonths: offer.tenorMonths, annualRate: (offer.annualRateMicro / 1_000_000).toFixed(6), method: offer.interestMethod! },
    firstDue,
  );
  const setting = await manager.findOneBy(LoanProductSetting, { productId: offer.productId });
  const grace = { graceDays: setting?.graceDays ?? 0, tolerance: setting?.toleranceAmount ?? 0n };
  const terms = { allocation: ALLOCATION_PRESETS.INSTALLMENT_BY_INSTALLMENT, penaltyMicroPercentPerDay: 0 };
  const history = historyOf(o.habit, schedule, today, rng).sort((a, b) => (a.valueDate < b.valueDate ? -1 : 1));

  const loanInsert = await manager.insert(Loan, {
    clientId: client.id,
    productId: offer.productId,
    offerId: offer.id,
    officerId: client.officerId,
    officeId: client.officeId,
    principal: offer.amount,
    annualRateMicro: offer.annualRateMicro,
    tenorMonths: offer.tenorMonths,
    interestMethod: offer.interestMethod!,
    disbursementDate: disbursed,
    firstDueDate: firstDue,
    maturityDate: schedule[schedule.length - 1].dueDate,
    status: 'ACTIVE',
    outstandingPrincipal: offer.amount,
    arrears: 0n,
    creditBalance: 0n,
    daysPastDue: 0,
    collectibility: 1,
    positionAsOf: today,
    closedDate: null,
  });
  const loanId = Number(loanInsert.identifiers[0].id);
  const actorId = client.officerId ?? offer.createdById;
  await manager.insert(LoanPosting, { loanId, kind: 'DISBURSE', repaymentId: null, replayFrom: disbursed, actorId });

  const payments: LedgerPayment[] = [];
  for (const p of history) {
    const r = await manager.insert(Repayment, {
      loanId,
      amount: p.amount,
      valueDate: p.valueDate,
      channel: rng.pick(CHANNELS),
      reference: `TRX${p.valueDate.replace(/-/g, '')}${rng.int(1000, 9999)}`,
      reversed: false,
      reversalReason: null,
      reversedAt: null,
      reversedById: null,
      postedById: actorId,
    });
    payments.push({ id: Number(r.identifiers[0].id), amount: p.amount, valueDate: p.valueDate });
  }
  const result = replayLedger(schedule, payments, terms, today);
  const postingOf = new Map<number, number>();
  for (const p of payments) {
    const posting = await manager.insert(LoanPosting, { loanId, kind: 'REPAYMENT', repaymentId: p.id, replayFrom: p.valueDate, actorId });
    postingOf.set(p.id, Number(posting.identifiers[0].id));
  }
  const allocations = result.entries.map((e) => ({
    loanId,
    postingId: postingOf.get(e.paymentId) as number,
    repaymentId: e.paymentId,
    installmentNumber: e.installmentNumber,
    component: e.component,
    amount: e.amount,
  }));
  for (let i = 0; i < allocations.length; i += 300) await manager.insert(LoanAllocation, allocations.slice(i, i + 300));
  await manager.insert(
    LoanInstallment,
    result.installments.map((row) => ({
      loanId,
      number: row.number,
      dueDate: row.dueDate,
      principal: row.principal,
      interest: row.interest,
      paidPrincipal: row.paidPrincipal,
      paidInterest: row.paidInterest,
      penalty: row.penaltyCharged,
      paidPenalty: row.paidPenalty,
      paidDate: row.paidOn,
    })),
  );

  // Month-end positions since disbursement: each change of bucket or grade is kept.
  const changes: Array<Omit<LoanGradeChange, 'id' | 'createdAt'>> = [
    { loanId, asOfDate: disbursed, daysPastDue: 0, fromBucket: null, toBucket: 'CURRENT', fromGrade: null, toGrade: 1, ruleSetId: null },
  ];
  let bucket = 'CURRENT';
  let grade = 1;
  const dates: string[] = [];
  for (let d = addDays(addMonths(disbursed.slice(0, 8) + '01', 1), -1); d < today; d = addDays(addMonths(addDays(d, 1), 1), -1)) dates.push(d);
  dates.push(today);
  let position = loanPosition(offer.amount, result.installments, today, grace);
  for (const asOf of dates) {
    const then = replayLedger(
      schedule,
      payments.filter((p) => p.valueDate <= asOf),
      terms,
      asOf,
    );
    position = loanPosition(offer.amount, then.installments, asOf, grace);
    const g = position.settled ? 1 : collectibilityOf(position.daysPastDue, position.pastMaturity, o.rules);
    const b = dpdBucketOf(position.daysPastDue);
    if (b !== bucket || g !== grade) {
      changes.push({
        loanId,
        asOfDate: asOf,
        daysPastDue: position.daysPastDue,
        fromBucket: bucket,
        toBucket: b,
        fromGrade: grade,
        toGrade: g,
        ruleSetId: o.ruleSetId,
      });
      bucket = b;
      grade = g;
    }
    if (position.settled) break;
  }
  await manager.insert(LoanGradeChange, changes);
  const lastPayment = payments.length ? payments[payments.length - 1].valueDate : null;
  await manager.update(
    Loan,
    { id: loanId },
    {
      outstandingPrincipal: position.outstandingPrincipal,
      arrears: position.arrears,
      creditBalance: result.credit,
      daysPastDue: position.daysPastDue,
      collectibility: grade,
      status: position.settled ? 'CLOSED' : 'ACTIVE',
      closedDate: position.settled ? lastPayment : null,
    },
  );
}
