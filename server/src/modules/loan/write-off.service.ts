import { isBusinessDate } from '@prospek/shared';
import type { FieldError } from '@prospek/shared';
import type { TransactionRunner } from '../../db/transaction.js';
import { ConflictError, InputError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import type { User } from '../user/user.entity.js';
import type { LoanLedgerStore } from './loan-ledger.store.js';
import { Loan } from './loan.entity.js';
import { parseLoanId } from './loan.service.js';
import type { LoanService } from './loan.service.js';
import { Repayment } from './repayment.entity.js';
import { LoanScheduleVersion } from './restructure.entity.js';
import type { WriteOffLoanInput } from './write-off.inputs.js';

/**
 * Writing a loan off (hapus buku): its outstanding principal on the write-off date leaves the book as
 * written off, and the loan leaves portfolio quality and the collection board. Repayments can still be
 * posted on it from that date; they are kept as recoveries. One transaction under the loan's row lock,
 * with the version the manager decided on; a write-off dated before a posted repayment is refused, since
 * that repayment would then have been received on a loan already off the book.
 */
export class WriteOffService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly loans: LoanService,
    private readonly ledger: LoanLedgerStore,
  ) {}

  async writeOff(actor: User, input: WriteOffLoanInput): Promise<Loan> {
    // The latest date any office has reached; the loan's own office date is checked under its lock.
    const latest = this.loans.todayAnywhere();
    const errors: FieldError[] = [];
    const loanId = parseLoanId('loanId', input.loanId);
    if (loanId === null) errors.push({ field: 'loanId', code: 'INVALID', message: 'loanId is not an id' });
    if (!isBusinessDate(input.date)) errors.push({ field: 'date', code: 'DATE_INVALID', message: 'date must be YYYY-MM-DD' });
    else if (input.date > latest) errors.push({ field: 'date', code: 'DATE_INVALID', message: 'date is in the future', params: { max: latest } });
    const reason = input.reason.trim();
    if (!reason) errors.push({ field: 'reason', code: 'REQUIRED', message: 'Say why the loan is written off' });
    else if (reason.length > 500) errors.push({ field: 'reason', code: 'TOO_LONG', message: 'reason must be at most 500 characters', params: { max: 500 } });
    if (!Number.isInteger(input.version) || input.version < 1) errors.push({ field: 'version', code: 'INVALID', message: 'version is not a loan version' });
    if (errors.length > 0) throw new InputError(errors);
    const scope = await this.access.scope(actor);

    return this.transactions.run(async (tx) => {
      const m = tx.manager;
      const loan = await this.loans.lockVisible(m, scope, loanId as number);
      if (!loan) throw InputError.field('loanId', 'NOT_ALLOWED', 'loanId is not a loan you may write off');
      if (loan.version !== input.version) throw new ConflictError('Loan', { id: String(loan.id), version: loan.version, status: loan.status });
      if (loan.status !== 'ACTIVE' && loan.status !== 'RESTRUCTURED') {
        throw InputError.field('loanId', 'NOT_ALLOWED', `The loan is ${loan.status}`, { status: loan.status });
      }
      const today = await this.loans.todayOf(m, loan);
      if (input.date > today) throw InputError.field('date', 'DATE_INVALID', 'date is in the future', { max: today });
      const restructured = loan.scheduleVersion > 1 ? await m.findOneBy(LoanScheduleVersion, { loanId: loan.id, version: loan.scheduleVersion }) : null;
      const earliest = restructured && restructured.effectiveDate > loan.disbursementDate ? restructured.effectiveDate : loan.disbursementDate;
      if (input.date < earliest) throw InputError.field('date', 'DATE_INVALID', `date must be on or after ${earliest}`, { min: earliest, max: today });
      const lastPaid = await m
        .createQueryBuilder(Repayment, 'r')
        .select('MAX(r.valueDate)', 'last')
        .where('r.loanId = :id AND r.reversed = :reversed', { id: loan.id, reversed: false })
        .getRawOne<{ last: string | Date | null }>();
      const last = lastPaid?.last instanceof Date ? lastPaid.last.toISOString().slice(0, 10) : (lastPaid?.last ?? null);
      if (last && input.date < last) {
        throw InputError.field(
          'date',
          'DATE_INVALID',
          `A repayment is posted on ${last}: the loan cannot be written off before it`,
          { min: last, date: last, max: today },
          'WRITE_OFF_BEFORE_REPAYMENT',
        );
      }

      // The figures of the write-off date: the principal then outstanding is what leaves the book.
      const at = await this.ledger.replay(tx, loan, { kind: 'REVALUE', repaymentId: null, replayFrom: input.date, actorId: actor.id }, input.date);
      const values = { status: 'WRITTEN_OFF' as const, closedDate: input.date, writtenOffPrincipal: at.outstandingPrincipal, writeOffReason: reason };
      const updated = await m
        .createQueryBuilder()
        .update(Loan)
        .set(values)
        .where('id = :id AND version = :version', { id: loan.id, version: at.version })
        .execute();
      if (updated.affected !== 1) throw new ConflictError('Loan', { id: String(loan.id) });
      await tx.audit({
        entityType: 'Loan',
        entityId: loan.id,
        action: 'write-off',
        actorId: actor.id,
        before: { status: loan.status, outstandingPrincipal: at.outstandingPrincipal, daysPastDue: at.daysPastDue, collectibility: at.collectibility },
        after: { ...values },
      });
      const written = Object.assign(new Loan(), at, values, { version: at.version + 1 });
      // As of today, off the book: the followers close its collection case and tell the loan's viewers.
      return this.ledger.replay(tx, written, { kind: 'WRITE_OFF', repaymentId: null, replayFrom: input.date, actorId: actor.id }, today);
    });
  }
}
