import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { InterestMethod } from '@prospek/shared';
import { moneyTransformer } from '../../db/columns.js';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { Client } from '../client/client.entity.js';
import { Offer } from '../offer/offer.entity.js';
import { Office } from '../office/office.entity.js';
import { InterestMethodEnum, Product } from '../product/product.entity.js';
import { User } from '../user/user.entity.js';

export const LOAN_STATUSES = ['ACTIVE', 'CLOSED', 'WRITTEN_OFF', 'RESTRUCTURED'] as const;
export type LoanStatus = (typeof LOAN_STATUSES)[number];
export const LoanStatusEnum = Object.fromEntries(LOAN_STATUSES.map((s) => [s, s])) as { [K in LoanStatus]: K };
registerEnumType(LoanStatusEnum, { name: 'LoanStatus', description: 'ACTIVE → CLOSED | WRITTEN_OFF, or RESTRUCTURED' });

/**
 * A loan (facility) disbursed from an accepted offer. Outstanding principal, arrears, days past due,
 * grade and credit are kept current by every posting (and the nightly run), so lists and reports read
 * them from the row instead of summing installments.
 */
@Entity('loan')
@Index('UQ_loan_offer', ['offerId'], { unique: true })
@Index('UQ_loan_external_number', ['externalNumber'], { unique: true })
@Index('IDX_loan_client', ['clientId'])
@Index('IDX_loan_officer', ['officerId'])
@Index('IDX_loan_office_status', ['officeId', 'status'])
@ObjectType({ simpleResolvers: true })
export class Loan {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'int' })
  clientId: number;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clientId' })
  client?: Relation<Client>;

  @Column({ type: 'int' })
  productId: number;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'productId' })
  product?: Relation<Product>;

  /** Null for a loan imported from the bank's existing book. */
  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  offerId: number | null;

  /** The bank's own loan number of an imported loan (unique: a second import of it is refused). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  @Field(() => String, { nullable: true })
  externalNumber: string | null;

  @ManyToOne(() => Offer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'offerId' })
  offer?: Relation<Offer>;

  @Column({ type: 'int', nullable: true })
  officerId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'officerId' })
  officer?: Relation<User>;

  @Column({ type: 'int' })
  officeId: number;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officeId' })
  office?: Relation<Office>;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  principal: bigint;

  @Column({ type: 'int' })
  annualRateMicro: number;

  @Column({ type: 'int' })
  @Field(() => Int)
  tenorMonths: number;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => InterestMethodEnum)
  interestMethod: InterestMethod;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  disbursementDate: string;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  firstDueDate: string;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  maturityDate: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => LoanStatusEnum)
  status: LoanStatus;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  outstandingPrincipal: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar, { description: 'Principal, interest and penalty fallen due and unpaid' })
  arrears: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar, { description: 'Paid beyond everything owed; kept on the loan' })
  creditBalance: bigint;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'After the product’s grace days and tolerance' })
  daysPastDue: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'OJK kolektibilitas 1–5' })
  collectibility: number;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'Business date the figures above were computed for' })
  positionAsOf: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true })
  closedDate: string | null;

  /** The month (YYYY-MM) the two figures below are kept for; null until a posting or the nightly run keeps them. */
  @Column({ type: 'varchar', length: 7, nullable: true })
  collectionMonth: string | null;

  /** Principal and interest of the installments falling due in `collectionMonth`. */
  @Column({ type: 'bigint', transformer: moneyTransformer, default: 0 })
  dueInMonth: bigint;

  /** Paid so far on those installments (principal and interest). */
  @Column({ type: 'bigint', transformer: moneyTransformer, default: 0 })
  collectedInMonth: bigint;

  @Column({ type: 'int', default: 1 })
  @Field(() => Int, { description: 'The schedule version in force: 1 until the loan is restructured' })
  scheduleVersion: number;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The grade before the first restructuring; the grade may not be better until earned back' })
  restructuredFromGrade: number | null;

  @Column({ type: 'bigint', transformer: moneyTransformer, default: 0 })
  @Field(() => MoneyScalar, { description: 'Principal taken off the book by the write-off; zero unless WRITTEN_OFF' })
  writtenOffPrincipal: bigint;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  writeOffReason: string | null;

  @VersionColumn()
  @Field(() => Int)
  version: number;

  @CreateDateColumn()
  @Field()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;

  @Field(() => Float, { description: 'Percent per year' })
  get annualRate(): number {
    return this.annualRateMicro / 1_000_000;
  }
}

/** One installment of a loan's schedule, with what has been paid on it so far. */
@Entity('loan_installment')
@Index('UQ_loan_installment_number', ['loanId', 'number'], { unique: true })
@Index('IDX_loan_installment_due', ['dueDate'])
// Covers the nightly run's sums over a loan's installments (see LoanPositionRun.totals).
@Index('IDX_loan_installment_position', ['loanId', 'dueDate', 'principal', 'interest', 'penalty', 'paidPrincipal', 'paidInterest', 'paidPenalty'])
@ObjectType('LoanInstallment', { simpleResolvers: true })
export class LoanInstallment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  loanId: number;

  @ManyToOne(() => Loan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'loanId' })
  loan?: Relation<Loan>;

  @Column({ type: 'int' })
  @Field(() => Int)
  number: number;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  dueDate: string;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  principal: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  interest: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  paidPrincipal: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  paidInterest: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  penalty: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  paidPenalty: bigint;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: 'Value date of the payment that settled it' })
  paidDate: string | null;
}
