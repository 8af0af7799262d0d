import { isBusinessDate } from '@prospek/shared';
import type { FieldError } from '@prospek/shared';
import type { TransactionRunner, Tx } from '../../db/transaction.js';
import type { AnswerRenderer } from '../../graphql/answer-in-transaction.js';
import { AppError, InputError, NotFoundError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import type { Scope } from '../access/scope.js';
import { IdempotencyHeldError } from '../idempotency/idempotency.service.js';
import type { IdempotencyService, KeyedRequest } from '../idempotency/idempotency.service.js';
import type { User } from '../user/user.entity.js';
import type { LoanLedgerStore } from './loan-ledger.store.js';
import type { Loan } from './loan.entity.js';
import { parseLoanId } from './loan.service.js';
import type { LoanService } from './loan.service.js';
import type { PostRepaymentInput } from './loan.inputs.js';
import { REPAYMENT_CHANNELS, Repayment } from './repayment.entity.js';
import { LoanScheduleVersion } from './restructure.entity.js';

/**
 * Posting and reversing repayments. Each is one transaction holding the loan's row lock: the payment
 * (or its reversal mark) and the replay of every standing payment from the earliest date it touches.
 */
interface Checked {
  loanId: number;
  reference: string | null;
  scope: Scope;
}

export class RepaymentService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly loans: LoanService,
    private readonly ledger: LoanLedgerStore,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** Checks the input (BAD_USER_INPUT writes nothing) and reads the actor's reach. */
  private async check(actor: User, input: PostRepaymentInput): Promise<Checked> {
    // The latest date any office has reached; the loan's own office date is checked under its lock.
    const today = this.loans.todayAnywhere();
    const errors: FieldError[] = [];
    const loanId = parseLoanId('loanId', input.loanId);
    if (loanId === null) errors.push({ field: 'loanId', code: 'INVALID', message: 'loanId is not an id' });
    if (input.amount <= 0n) errors.push({ field: 'amount', code: 'AMOUNT_NOT_POSITIVE', message: 'amount must be more than zero' });
    if (!isBusinessDate(input.valueDate)) errors.push({ field: 'valueDate', code: 'DATE_INVALID', message: 'valueDate must be YYYY-MM-DD' });
    else if (input.valueDate > today) errors.push({ field: 'valueDate', code: 'DATE_INVALID', message: 'valueDate is in the future', params: { max: today } });
    if (!REPAYMENT_CHANNELS.includes(input.channel)) errors.push({ field: 'channel', code: 'INVALID', message: 'Unknown channel' });
    const reference = input.reference?.trim() || null;
    if (reference && reference.length > 100)
      errors.push({ field: 'reference', code: 'TOO_LONG', message: 'reference must be at most 100 characters', params: { max: 100 } });
    if (errors.length > 0) throw new InputError(errors);
    const scope = await this.access.scope(actor);
    return { loanId: loanId as number, reference, scope };
  }

  /**
   * Posts a repayment in one transaction; sent with an Idempotency-Key (`keyed`), the key's claim is in
   * it too, and the answer `render` gives for the posted loan is kept in it, so the claim, the posting
   * and the kept answer commit together or not at all.
   */
  async post(actor: User, input: PostRepaymentInput, keyed: KeyedRequest | null = null, render: AnswerRenderer | null = null): Promise<Loan> {
    const checked = await this.check(actor, input);
    let kept: string | null = null;
    const loan = await this.transactions.run(async (tx) => {
      // Claimed first, before the loan's lock: a request with the same key waits here, holding nothing.
      if (keyed && !(await this.idempotency.claimIn(tx, keyed))) throw new IdempotencyHeldError();
      const posted = await this.postIn(tx, actor, input, checked);
      if (keyed && render) {
        kept = await render(posted, tx.manager);
        if (kept !== null) await this.idempotency.keepIn(tx, keyed.scope, kept);
      }
      return posted;
    });
    if (keyed) {
      keyed.claimed = true;
      if (kept !== null) keyed.kept = kept;
    }
    return loan;
  }

  /**
   * The posting run once for an Idempotency-Key, the claim, the posting and the kept answer (`answer`
   * of the loan) in one transaction; a retry with the key gets the kept answer and posts nothing.
   */
  async postOnce(
    actor: User,
    input: PostRepaymentInput,
    key: { operation: string; key: string; hash: string },
    answer: (loan: Loan) => string,
  ): Promise<{ kind: 'ran'; result: Loan } | { kind: 'replay'; response: string }> {
    const checked = await this.check(actor, input);
    return this.idempotency.once(
      { userId: actor.id, operation: key.operation, key: key.key },
      key.hash,
      (tx) => this.postIn(tx, actor, input, checked),
      answer,
    );
  }

  private async postIn(tx: Tx, actor: User, input: PostRepaymentInput, checked: Checked): Promise<Loan> {
    const { loanId, reference, scope } = checked;
    const loan = await this.loans.lockVisible(tx.manager, scope, loanId);
    if (!loan) throw InputError.field('loanId', 'NOT_ALLOWED', 'loanId is not a loan you may post to');
    if (input.valueDate < loan.disbursementDate) {
      throw InputError.field('valueDate', 'DATE_INVALID', `valueDate is before the disbursement on ${loan.disbursementDate}`, { min: loan.disbursementDate });
    }
    const recovery = loan.status === 'WRITTEN_OFF';
    if (loan.status !== 'ACTIVE' && loan.status !== 'RESTRUCTURED' && !recovery) {
      throw InputError.field('loanId', 'NOT_ALLOWED', `The loan is ${loan.status}`, { status: loan.status });
    }
    // A recovery is received after the write-off: dated earlier, it would change what was written off.
    if (recovery && loan.closedDate && input.valueDate < loan.closedDate) {
      throw InputError.field('valueDate', 'DATE_INVALID', `valueDate is before the write-off on ${loan.closedDate}`, { min: loan.closedDate });
    }
    const restructured = loan.scheduleVersion > 1 ? await tx.manager.findOneBy(LoanScheduleVersion, { loanId: loan.id, version: loan.scheduleVersion }) : null;
    if (restructured && input.valueDate < restructured.effectiveDate) {
      throw InputError.field('valueDate', 'DATE_INVALID', `valueDate is before the restructuring on ${restructured.effectiveDate}`, {
        min: restructured.effectiveDate,
      });
    }
    const officeToday = await this.loans.todayOf(tx.manager, loan);
    if (input.valueDate > officeToday) throw InputError.field('valueDate', 'DATE_INVALID', 'valueDate is in the future', { max: officeToday });
    const inserted = await tx.manager.insert(Repayment, {
      loanId: loan.id,
      amount: input.amount,
      valueDate: input.valueDate,
      channel: input.channel,
      reference,
      reversed: false,
      recovery,
      scheduleVersion: loan.scheduleVersion,
      reversalReason: null,
      reversedAt: null,
      reversedById: null,
      postedById: actor.id,
    });
    const repaymentId = Number(inserted.identifiers[0].id);
    await tx.audit({
      entityType: 'Loan',
      entityId: loan.id,
      action: 'repayment',
      actorId: actor.id,
      after: { repaymentId, amount: input.amount, valueDate: input.valueDate, channel: input.channel, reference, ...(recovery ? { recovery } : {}) },
    });
    return this.ledger.replay(tx, loan, { kind: 'REPAYMENT', repaymentId, replayFrom: input.valueDate, actorId: actor.id }, officeToday);
  }

  async reverse(actor: User, rawId: string, reason: string): Promise<Loan> {
    const why = reason.trim();
    if (!why) throw InputError.field('reason', 'REQUIRED', 'Say why the repayment is reversed');
    if (why.length > 500) throw InputError.field('reason', 'TOO_LONG', 'reason must be at most 500 characters', { max: 500 });
    const id = parseLoanId('id', rawId);
    const scope = await this.access.scope(actor);
    return this.transactions.run(async (tx) => {
      const found = id === null ? null : await tx.manager.findOneBy(Repayment, { id });
      const loan = found ? await this.loans.lockVisible(tx.manager, scope, found.loanId) : null;
      if (!found || !loan) throw new NotFoundError('Repayment', rawId);
      // Read again under the loan's lock: a reversal racing another sees its result.
      const repayment = await tx.manager.findOneByOrFail(Repayment, { id: found.id });
      if (repayment.reversed) {
        throw new AppError('CONFLICT', 'The repayment is reversed already', { entity: 'Repayment', current: { id: String(repayment.id), reversed: true } });
      }
      if (loan.status === 'WRITTEN_OFF' && !repayment.recovery) {
        throw InputError.field('id', 'NOT_ALLOWED', 'The repayment was received before the loan was written off');
      }
      if (repayment.scheduleVersion !== loan.scheduleVersion) {
        throw InputError.field('id', 'NOT_ALLOWED', 'The repayment was allocated to a schedule replaced by a restructuring');
      }
      await tx.manager.update(Repayment, { id: repayment.id }, { reversed: true, reversalReason: why, reversedAt: new Date(), reversedById: actor.id });
      await tx.audit({
        entityType: 'Loan',
        entityId: loan.id,
        action: 'reverse-repayment',
        actorId: actor.id,
        before: { repaymentId: repayment.id, amount: repayment.amount, valueDate: repayment.valueDate },
        after: { reversed: true, reason: why },
      });
      return this.ledger.replay(
        tx,
        loan,
        { kind: 'REVERSAL', repaymentId: repayment.id, replayFrom: repayment.valueDate, actorId: actor.id },
        await this.loans.todayOf(tx.manager, loan),
      );
    });
  }
}
