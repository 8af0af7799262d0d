/**
 * Sending a posted statement line back ("undo the match"): the payment or loan repayment it posted is
 * reversed through the service that owns the money, then the line returns to UNMATCHED with its undo
 * counted (a later posting of it takes a key of its own), an audit entry and the board event.
 *
 * The reversal comes first and is its own transaction: a request cut off between the two leaves the line
 * pointing at a reversed posting, and sending the undo again finishes it. Of two undos at once, the
 * money's lock lets one reversal through, and the line's version lets one line write through.
 */
import type { DataSource } from 'typeorm';
import type { Dialect } from '../../db/sql.js';
import type { TransactionRunner } from '../../db/transaction.js';
import { AppError, ConflictError, InputError } from '../../errors.js';
import type { PaymentReversalService } from '../invoice/payment-reversal.js';
import { Payment } from '../invoice/payment.entity.js';
import { Repayment } from '../loan/repayment.entity.js';
import type { RepaymentService } from '../loan/repayment.service.js';
import type { WriteContext } from '../write-context.js';
import { BankStatementLine } from './bank-statement.entity.js';
import type { UnmatchStatementLineInput } from './bank-statement.types.js';
import { RECONCILIATION_BOARD, lineVisibility, readLineCard } from './reconcile.board.js';
import type { ReconcileService } from './reconcile.service.js';

export class ReconcileUnmatchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly dialect: Dialect,
    private readonly reconcile: ReconcileService,
    private readonly payments: PaymentReversalService,
    private readonly repayments: RepaymentService,
  ) {}

  async unmatch(ctx: WriteContext, input: UnmatchStatementLineInput) {
    const why = input.reason.trim();
    if (!why) throw InputError.field('reason', 'REQUIRED', 'Say why the match is undone');
    if (why.length > 500) throw InputError.field('reason', 'TOO_LONG', 'reason must be at most 500 characters', { max: 500 });
    const line = await this.reconcile.visibleLine(ctx, input.lineId);
    this.reconcile.checkVersion(line, input.expectedVersion);
    if (line.postedId === null || line.postedKind === null)
      throw InputError.field('lineId', 'NOT_ALLOWED', 'The line has no posted money to send back', undefined, 'NOTHING_POSTED');
    await this.reverse(ctx, line, why);
    await this.transactions.run(async (tx) => {
      const m = tx.manager;
      const result = await m.update(
        BankStatementLine,
        { id: line.id, version: line.version },
        {
          state: 'UNMATCHED',
          targetKind: null,
          targetId: null,
          clientId: null,
          officerId: null,
          rule: null,
          reasonCode: null,
          reasonParams: null,
          postedKind: null,
          postedId: null,
          undoCount: line.undoCount + 1,
          version: line.version + 1,
        },
      );
      if (result.affected === 0) throw new ConflictError('StatementLine', await readLineCard(m, this.dialect, line.id));
      await tx.audit({
        entityType: 'BankStatementLine',
        entityId: line.id,
        action: 'unmatchStatementLine',
        actorId: ctx.actor.id,
        before: { state: line.state, targetKind: line.targetKind, targetId: line.targetId, postedKind: line.postedKind, posted: line.postedId },
        after: { state: 'UNMATCHED', targetKind: null, targetId: null, note: why },
      });
      tx.emit({
        kind: 'card',
        board: RECONCILIATION_BOARD.board,
        type: 'moved',
        card: await readLineCard(m, this.dialect, line.id),
        visibility: lineVisibility({ officerId: null, officeId: line.officeId }),
        previousVisibility: lineVisibility(line),
        actorId: String(ctx.actor.id),
        mutationId: ctx.mutationId,
      });
    });
    return readLineCard(this.dataSource.manager, this.dialect, line.id);
  }

  /** Reverses what the line posted; one reversed already (an undo retried, or racing this one) is left as it is. */
  private async reverse(ctx: WriteContext, line: BankStatementLine, why: string): Promise<void> {
    const id = line.postedId as number;
    const reversed = async () =>
      line.postedKind === 'REPAYMENT'
        ? (await this.dataSource.getRepository(Repayment).findOneByOrFail({ id })).reversed
        : (await this.dataSource.getRepository(Payment).findOneByOrFail({ id })).reversedAt !== null;
    if (await reversed()) return;
    try {
      if (line.postedKind === 'REPAYMENT') await this.repayments.reverse(ctx.actor, String(id), why);
      else await this.payments.reverse(ctx, String(id), why, null);
    } catch (error) {
      if (error instanceof AppError && (await reversed())) return;
      throw error;
    }
  }
}
