/**
 * Posting a statement line's money to what it pays, through the services that own the money: a
 * receivable or payable through the payment service (the line's fingerprint as the payment's source
 * key), a loan through the repayment engine (the fingerprint as idempotency key). Posting the same
 * line again answers what was posted the first time; nothing is posted twice. The matching job posts a
 * chunk's invoice payments together, in the chunk's transaction (`postInvoicesIn`).
 */
import type { DataSource } from 'typeorm';
import type { Tx } from '../../db/transaction.js';
import type { PaymentService } from '../invoice/payment.service.js';
import { Repayment } from '../loan/repayment.entity.js';
import type { RepaymentService } from '../loan/repayment.service.js';
import type { User } from '../user/user.entity.js';
import type { BankStatementLine } from './bank-statement.entity.js';
import type { OpenItem } from './reconcile-rules.js';

export interface Posted {
  kind: 'PAYMENT' | 'REPAYMENT';
  id: number;
}

export const LINE_OPERATION = 'bankStatementLine';

/** The key a line's posting runs once under: its fingerprint, and after an undo the fingerprint and the undo count. */
export const postingKey = (line: Pick<BankStatementLine, 'fingerprint' | 'undoCount'>): string =>
  line.undoCount > 0 ? `${line.fingerprint}:${line.undoCount}` : line.fingerprint;

export class ReconcilePosting {
  constructor(
    private readonly dataSource: DataSource,
    private readonly payments: PaymentService,
    private readonly repayments: RepaymentService,
  ) {}

  /** `due`: what the item owed when the line was matched to it (the allocation takes no more). */
  async post(actor: User, line: BankStatementLine, item: OpenItem, due: bigint): Promise<Posted> {
    if (item.kind === 'LOAN') {
      const marker = `BS-${line.id}`;
      const earlier = await this.dataSource.getRepository(Repayment).findOneBy({ loanId: item.id, reference: marker, reversed: false });
      if (earlier) return { kind: 'REPAYMENT', id: earlier.id };
      await this.repayments.postOnce(
        actor,
        { loanId: String(item.id), amount: line.amount, valueDate: line.date, channel: 'TRANSFER', reference: marker },
        { operation: LINE_OPERATION, key: postingKey(line), hash: `${postingKey(line)}:${item.id}` },
        (loan) => JSON.stringify({ loanId: loan.id }),
      );
      const posted = await this.dataSource.getRepository(Repayment).findOneByOrFail({ loanId: item.id, reference: marker, reversed: false });
      return { kind: 'REPAYMENT', id: posted.id };
    }
    const allocation = line.amount < due ? line.amount : due;
    const payment = await this.payments.record(
      { actor, mutationId: null },
      {
        direction: line.direction,
        amount: line.amount,
        date: line.date,
        method: 'TRANSFER',
        reference: (line.reference ?? `BS-${line.id}`).slice(0, 100),
        clientId: item.kind === 'RECEIVABLE' ? String(item.clientId) : null,
        supplierName: item.kind === 'PAYABLE' ? item.payer : null,
        officeId: item.kind === 'PAYABLE' ? String(line.officeId) : null,
        allocations: [{ invoiceId: String(item.id), amount: allocation }],
      },
      postingKey(line),
    );
    return { kind: 'PAYMENT', id: payment.id };
  }

  /**
   * A chunk's lines paid to invoices, in the caller's transaction: each line's payment under its
   * fingerprint, once (a line paid before answers that payment). A payment the service refuses (the
   * invoice settled meanwhile, say) answers `refused` and leaves the line for a person.
   */
  async postInvoicesIn(
    tx: Tx,
    actor: User,
    wanted: Array<{ line: BankStatementLine; item: OpenItem; due: bigint }>,
  ): Promise<Array<Posted | { refused: string }>> {
    const paid = await this.payments.recordAllIn(
      tx,
      { actor, mutationId: null },
      wanted.map(({ line, item, due }) => ({
        sourceKey: line.fingerprint,
        direction: line.direction,
        amount: line.amount,
        date: line.date,
        method: 'TRANSFER' as const,
        reference: (line.reference ?? `BS-${line.id}`).slice(0, 100),
        clientId: item.kind === 'RECEIVABLE' ? item.clientId : null,
        supplierName: item.kind === 'PAYABLE' ? item.payer : null,
        officeId: line.officeId,
        invoiceId: item.id,
        allocation: line.amount < due ? line.amount : due,
      })),
    );
    return paid.map((p) => ('refused' in p ? p : { kind: 'PAYMENT' as const, id: p.paymentId }));
  }
}
