import type { EntityManager } from 'typeorm';
import { MAX_TENOR_MONTHS, RESTRUCTURE_KINDS, isBusinessDate, rateToMicroPercent, replayLedger, restructurePlan } from '@prospek/shared';
import type { FieldError } from '@prospek/shared';
import type { TransactionRunner } from '../../db/transaction.js';
import { InputError, scheduleOrRefuse } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { Product } from '../product/product.entity.js';
import type { User } from '../user/user.entity.js';
import type { CollectibilityService } from './collectibility.service.js';
import type { LoanLedgerStore } from './loan-ledger.store.js';
import { Loan, LoanInstallment } from './loan.entity.js';
import { parseLoanId } from './loan.service.js';
import type { LoanService } from './loan.service.js';
import { Repayment } from './repayment.entity.js';
import type { RestructureLoanInput } from './restructure.inputs.js';
import { LoanPastInstallment, LoanScheduleVersion } from './restructure.entity.js';

/**
 * Restructuring a loan: what is owed on the effective date is scheduled anew (shared
 * `restructurePlan`), the schedule it replaces kept as a version with its installments as they stood,
 * and the loan goes on as RESTRUCTURED, its grade no better than before until earned back. One
 * transaction under the loan's row lock; repayments dated before the effective date can no longer be
 * posted or reversed, since they belong to the replaced schedule.
 */
export class RestructureService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly loans: LoanService,
    private readonly ledger: LoanLedgerStore,
    private readonly collectibility: CollectibilityService,
  ) {}

  async restructure(actor: User, input: RestructureLoanInput): Promise<Loan> {
    // The latest date any office has reached; the loan's own office date is checked under its lock.
    const latest = this.loans.todayAnywhere();
    const errors: FieldError[] = [];
    const loanId = parseLoanId('loanId', input.loanId);
    if (loanId === null) errors.push({ field: 'loanId', code: 'INVALID', message: 'loanId is not an id' });
    if (!RESTRUCTURE_KINDS.includes(input.kind)) errors.push({ field: 'kind', code: 'INVALID', message: 'Unknown kind of restructuring' });
    if (!Number.isInteger(input.newTenorMonths) || input.newTenorMonths < 1 || input.newTenorMonths > MAX_TENOR_MONTHS) {
      errors.push({
        field: 'newTenorMonths',
        code: 'INVALID',
        message: `newTenorMonths must be 1 to ${MAX_TENOR_MONTHS}`,
        params: { min: 1, max: MAX_TENOR_MONTHS },
      });
    }
    if (!Number.isFinite(input.newAnnualRate) || input.newAnnualRate < 0 || input.newAnnualRate > 100) {
      errors.push({ field: 'newAnnualRate', code: 'INVALID', message: 'newAnnualRate must be 0 to 100', params: { min: 0, max: 100 } });
    }
    if (!isBusinessDate(input.effectiveDate)) errors.push({ field: 'effectiveDate', code: 'DATE_INVALID', message: 'effectiveDate must be YYYY-MM-DD' });
    else if (input.effectiveDate > latest)
      errors.push({ field: 'effectiveDate', code: 'DATE_INVALID', message: 'effectiveDate is in the future', params: { max: latest } });
    const reason = input.reason.trim();
    if (!reason) errors.push({ field: 'reason', code: 'REQUIRED', message: 'Say why the loan is restructured' });
    else if (reason.length > 500) errors.push({ field: 'reason', code: 'TOO_LONG', message: 'reason must be at most 500 characters', params: { max: 500 } });
    if (errors.length > 0) throw new InputError(errors);
    const scope = await this.access.scope(actor);

    return this.transactions.run(async (tx) => {
      const m = tx.manager;
      const loan = await this.loans.lockVisible(m, scope, loanId as number);
      if (!loan) throw InputError.field('loanId', 'NOT_ALLOWED', 'loanId is not a loan you may restructure');
      if (loan.status !== 'ACTIVE' && loan.status !== 'RESTRUCTURED') {
        throw InputError.field('loanId', 'NOT_ALLOWED', `The loan is ${loan.status}`, { status: loan.status });
      }
      const today = await this.loans.todayOf(m, loan);
      if (input.effectiveDate > today) throw InputError.field('effectiveDate', 'DATE_INVALID', 'effectiveDate is in the future', { max: today });
      const product = await m.findOneByOrFail(Product, { id: loan.productId });
      const maxRate = product.maxRateMicro > 0 ? product.maxRateMicro / 1_000_000 : 100;
      if (input.newAnnualRate > maxRate) {
        throw InputError.field('newAnnualRate', 'INVALID', `newAnnualRate must be 0 to ${maxRate}`, { min: 0, max: maxRate });
      }
      const earliest = await this.earliestEffectiveDate(m, loan);
      if (input.effectiveDate < earliest) {
        throw InputError.field('effectiveDate', 'DATE_INVALID', `effectiveDate must be on or after ${earliest}`, { min: earliest, max: today });
      }

      // What is owed on the effective date: the schedule in force replayed to that day.
      const installments = await m.find(LoanInstallment, { where: { loanId: loan.id }, order: { number: 'ASC' } });
      const repayments = await m.find(Repayment, { where: { loanId: loan.id, reversed: false, scheduleVersion: loan.scheduleVersion } });
      const terms = await this.collectibility.termsOf(m, loan.productId);
      const at = replayLedger(
        installments.map((i) => ({ number: i.number, dueDate: i.dueDate, principal: i.principal, interest: i.interest })),
        repayments.map((r) => ({ id: r.id, amount: r.amount, valueDate: r.valueDate })),
        terms,
        input.effectiveDate,
      );
      let outstanding = 0n;
      let arrearsInterest = 0n;
      for (const row of at.installments) {
        outstanding += row.principal - row.paidPrincipal;
        if (row.dueDate <= input.effectiveDate) arrearsInterest += row.interest - row.paidInterest + (row.penaltyCharged - row.paidPenalty);
      }
      if (outstanding < 100n) throw InputError.field('loanId', 'NOT_ALLOWED', 'Nothing is left to restructure', { status: loan.status });
      // The grade on the effective date, as the figures of that day give it (a restructured loan's floor included).
      const before = await this.ledger.replay(
        tx,
        loan,
        { kind: 'REVALUE', repaymentId: null, replayFrom: input.effectiveDate, actorId: actor.id },
        input.effectiveDate,
      );
      const gradeBefore = before.collectibility;

      const plan = scheduleOrRefuse('newTenorMonths', () =>
        restructurePlan({
          kind: input.kind,
          outstandingPrincipal: outstanding,
          arrearsInterest,
          tenorMonths: input.newTenorMonths,
          annualRate: input.newAnnualRate.toFixed(6),
          method: loan.interestMethod,
          effectiveDate: input.effectiveDate,
          dueDayAnchor: loan.firstDueDate,
        }),
      );

      const previous = await this.currentVersion(m, before);
      const kept = await m.find(LoanInstallment, { where: { loanId: loan.id }, order: { number: 'ASC' } });
      await m.insert(
        LoanPastInstallment,
        kept.map(({ id: _id, loanId: _loanId, loan: _loan, ...row }) => ({ ...row, scheduleVersionId: previous.id })),
      );
      await m.delete(LoanInstallment, { loanId: loan.id });
      await m.insert(
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
      const version = before.scheduleVersion + 1;
      const annualRateMicro = Number(rateToMicroPercent(input.newAnnualRate));
      const maturityDate = plan.schedule[plan.schedule.length - 1].dueDate;
      await m.insert(LoanScheduleVersion, {
        loanId: loan.id,
        version,
        kind: input.kind,
        previousVersionId: previous.id,
        effectiveDate: input.effectiveDate,
        principal: plan.principal,
        capitalisedArrears: plan.capitalised,
        carriedArrears: plan.carried,
        annualRateMicro,
        tenorMonths: input.newTenorMonths,
        interestMethod: loan.interestMethod,
        maturityDate,
        gradeBefore,
        reason,
        createdById: actor.id,
      });
      const changed = await m
        .createQueryBuilder()
        .update(Loan)
        .set({
          scheduleVersion: version,
          restructuredFromGrade: gradeBefore,
          status: 'RESTRUCTURED',
          annualRateMicro,
          tenorMonths: input.newTenorMonths,
          maturityDate,
        })
        .where('id = :id AND version = :version', { id: loan.id, version: before.version })
        .execute();
      if (changed.affected !== 1) throw new Error(`Loan ${loan.id} changed under its lock`);
      await tx.audit({
        entityType: 'Loan',
        entityId: loan.id,
        action: 'restructure',
        actorId: actor.id,
        before: {
          scheduleVersion: before.scheduleVersion,
          status: before.status,
          annualRateMicro: before.annualRateMicro,
          tenorMonths: before.tenorMonths,
          maturityDate: before.maturityDate,
          collectibility: gradeBefore,
          outstandingPrincipal: outstanding,
          arrearsInterest,
        },
        after: {
          scheduleVersion: version,
          kind: input.kind,
          effectiveDate: input.effectiveDate,
          principal: plan.principal,
          capitalisedArrears: plan.capitalised,
          carriedArrears: plan.carried,
          annualRateMicro,
          tenorMonths: input.newTenorMonths,
          maturityDate,
          reason,
        },
      });
      const restructured = await m.findOneByOrFail(Loan, { id: loan.id });
      return this.ledger.replay(tx, restructured, { kind: 'RESTRUCTURE', repaymentId: null, replayFrom: input.effectiveDate, actorId: actor.id }, today);
    });
  }

  /** Not before the disbursement, the schedule's own start, or a payment already allocated to it. */
  private async earliestEffectiveDate(m: EntityManager, loan: Loan): Promise<string> {
    let earliest = loan.disbursementDate;
    const current = await m.findOneBy(LoanScheduleVersion, { loanId: loan.id, version: loan.scheduleVersion });
    if (current && current.effectiveDate > earliest) earliest = current.effectiveDate;
    const repayments = await m.find(Repayment, { where: { loanId: loan.id, reversed: false, scheduleVersion: loan.scheduleVersion } });
    for (const r of repayments) if (r.valueDate > earliest) earliest = r.valueDate;
    return earliest;
  }

  /** The version being replaced; the original one is recorded when the loan is first restructured. */
  private async currentVersion(m: EntityManager, loan: Loan): Promise<LoanScheduleVersion> {
    const found = await m.findOneBy(LoanScheduleVersion, { loanId: loan.id, version: loan.scheduleVersion });
    if (found) return found;
    const principal = loan.principal;
    await m.insert(LoanScheduleVersion, {
      loanId: loan.id,
      version: loan.scheduleVersion,
      kind: 'ORIGINAL',
      previousVersionId: null,
      effectiveDate: loan.disbursementDate,
      principal,
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
    return m.findOneByOrFail(LoanScheduleVersion, { loanId: loan.id, version: loan.scheduleVersion });
  }
}
