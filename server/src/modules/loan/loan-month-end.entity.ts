import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { moneyTransformer } from '../../db/columns.js';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { Loan, LoanStatusEnum } from './loan.entity.js';
import type { LoanStatus } from './loan.entity.js';

/**
 * A loan's position at the close of a month: the ledger's payments dated up to the month end, as they
 * stand when the month-end run closes the month (the first run after it ends). Written once and never
 * updated (no code path changes it; the unique key keeps one row per loan and month), so a report of a
 * closed month reads the same figures however the ledger moves later. Officer, office and client are
 * the loan's when the month was closed.
 */
@Entity('loan_month_end')
@Index('UQ_loan_month_end_loan_month', ['loanId', 'monthEnd'], { unique: true })
@Index('IDX_loan_month_end_month_office', ['monthEnd', 'officeId'])
@ObjectType({ simpleResolvers: true })
export class LoanMonthEnd {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  @Field(() => ID)
  loanId: number;

  @ManyToOne(() => Loan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'loanId' })
  loan?: Relation<Loan>;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'Last day of the month, in the loan office’s time zone' })
  monthEnd: string;

  @Column({ type: 'int' })
  @Field(() => ID)
  clientId: number;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  officerId: number | null;

  @Column({ type: 'int' })
  @Field(() => ID)
  officeId: number;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  principal: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar, { description: 'Baki debet' })
  outstandingPrincipal: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar, { description: 'Principal, interest and penalty fallen due and unpaid' })
  arrears: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  arrearsPrincipal: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  arrearsInterest: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar, { description: 'Principal and interest of the installments due in the month' })
  dueInMonth: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar, { description: 'Paid on those installments by payments dated up to the month end' })
  collectedInMonth: bigint;

  @Column({ type: 'int' })
  @Field(() => Int)
  daysPastDue: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'OJK kolektibilitas 1–5 of this loan' })
  collectibility: number;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => LoanStatusEnum)
  status: LoanStatus;

  @Column({ type: 'int' })
  annualRateMicro: number;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  maturityDate: string;

  @CreateDateColumn()
  @Field({ description: 'When the month was closed' })
  createdAt: Date;

  @Field(() => Float, { description: 'Percent per year' })
  get annualRate(): number {
    return this.annualRateMicro / 1_000_000;
  }
}
