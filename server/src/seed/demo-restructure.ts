import type { EntityManager } from 'typeorm';
import { MoreThan } from 'typeorm';
import { addDays, businessDate, restructurePlan } from '@prospek/shared';
import { Loan, LoanInstallment } from '../modules/loan/loan.entity.js';
import { LoanPastInstallment, LoanScheduleVersion } from '../modules/loan/restructure.entity.js';
import { LoanPosting, Repayment } from '../modules/loan/repayment.entity.js';

/**
 * One demo loan restructured, as the restructuring service would have left it: the borrower who is
 * furthest behind had the loan rescheduled ten days ago over 24 months, so its page shows the original
 * schedule and the new one, and its grade stays capped at the grade before.
 */
export async function seedDemoRestructure(manager: EntityManager): Promise<void> {
  const today = businessDate();
  const effectiveDate = addDays(today, -10);
  const candidates = await manager.find(Loan, { where: { status: 'ACTIVE', daysPastDue: MoreThan(90) }, order: { daysPastDue: 'DESC', id: 'ASC' } });
  for (const loan of candidates) {
    const paidLater = await manager.existsBy(Repayment, { loanId: loan.id, valueDate: MoreThan(effectiveDate) });
    if (paidLater) continue;
    const installments = await manager.find(LoanInstallment, { where: { loanId: loan.id }, order: { number: 'ASC' } });
    let outstanding = 0n;
    let arrearsInterest = 0n;
    for (const row of installments) {
      outstanding += row.principal - row.paidPrincipal;
      if (row.dueDate <= effectiveDate) arrearsInterest += row.interest - row.paidInterest + (row.penalty - row.paidPenalty);
    }
    if (outstanding < 100n) continue;
    const plan = restructurePlan({
      kind: 'RESCHEDULING',
      outstandingPrincipal: outstanding,
      arrearsInterest,
      tenorMonths: 24,
      annualRate: (loan.annualRateMicro / 1_000_000).toFixed(6),
      method: loan.interestMethod,
      effectiveDate,
      dueDayAnchor: loan.firstDueDate,
    });
    const actorId = loan.officerId;
    const original = await manager.insert(LoanScheduleVersion, {
      loanId: loan.id,
      version: 1,
      kind: 'ORIGINAL',
      previousVersionId: null,
      effectiveDate: loan.disbursementDate,
      principal: loan.principal,
      capitalisedArrears: 0n,
      carriedArrears: 0n,
      annualRateMicro: loan.annualRateMicro,
      tenorMonths: loan.tenorMonths,
      interestMethod: loan.interestMethod,
      maturityDate: loan.maturityDate,
      gradeBefore: null,
      reason: null,
      createdById: null,
    });
    const originalId = Number(original.identifiers[0].id);
    await manager.insert(
      LoanPastInstallment,
      installments.map(({ id: _id, loanId: _loanId, loan: _loan, ...row }) => ({ ...row, scheduleVersionId: originalId })),
    );
    await manager.delete(LoanInstallment, { loanId: loan.id });
    await manager.insert(
      LoanInstallment,
      plan.schedule.map((row) => ({
        loanId: loan.id,
        number: row.number,
        dueDate: row.dueDate,
        principal: row.principal,
        interest: row.interest,
        paidPrincipal: 0n,
        paidInterest: 0n,
        penalty: 0n,
        paidPenalty: 0n,
        paidDate: null,
      })),
    );
    const maturityDate = plan.schedule[plan.schedule.length - 1].dueDate;
    await manager.insert(LoanScheduleVersion, {
      loanId: loan.id,
      version: 2,
      kind: 'RESCHEDULING',
      previousVersionId: originalId,
      effectiveDate,
      principal: plan.principal,
      capitalisedArrears: plan.capitalised,
      carriedArrears: plan.carried,
      annualRateMicro: loan.annualRateMicro,
      tenorMonths: 24,
      interestMethod: loan.interestMethod,
      maturityDate,
      gradeBefore: loan.collectibility,
      reason: 'Usaha sepi setelah banjir; angsuran dijadwal ulang 24 bulan',
      createdById: actorId,
    });
    if (actorId !== null) await manager.insert(LoanPosting, { loanId: loan.id, kind: 'RESTRUCTURE', repaymentId: null, replayFrom: effectiveDate, actorId });
    // Nothing of the new schedule is due yet: no arrears, and the grade held at the one before.
    await manager.update(
      Loan,
      { id: loan.id },
      {
        scheduleVersion: 2,
        restructuredFromGrade: loan.collectibility,
        status: 'RESTRUCTURED',
        tenorMonths: 24,
        maturityDate,
        outstandingPrincipal: plan.principal,
        arrears: 0n,
        daysPastDue: 0,
        positionAsOf: today,
      },
    );
    return;
  }
}
