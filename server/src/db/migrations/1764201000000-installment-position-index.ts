import { TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The nightly run sums every installment of each open loan (`LoanPositionRun.totals`): an index holding
 * all the columns it reads lets it scan the index alone instead of looking up each installment's row.
 */
export class InstallmentPositionIndex1764201000000 implements MigrationInterface {
  name = 'InstallmentPositionIndex1764201000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createIndex(
      'loan_installment',
      new TableIndex({
        name: 'IDX_loan_installment_position',
        columnNames: ['loanId', 'dueDate', 'principal', 'interest', 'penalty', 'paidPrincipal', 'paidInterest', 'paidPenalty'],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('loan_installment', 'IDX_loan_installment_position');
  }
}
