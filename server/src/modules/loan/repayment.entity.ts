import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { LOAN_COMPONENTS } from '@prospek/shared';
import type { LoanComponent } from '@prospek/shared';
import { moneyTransformer } from '../../db/columns.js';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { Loan } from './loan.entity.js';

export const REPAYMENT_CHANNELS = ['CASH', 'TRANSFER', 'VIRTUAL_ACCOUNT', 'AUTO_DEBIT', 'OTHER'] as const;
export type RepaymentChannel = (typeof REPAYMENT_CHANNELS)[number];
export const RepaymentChannelEnum = Object.fromEntries(REPAYMENT_CHANNELS.map((c) => [c, c])) as { [K in RepaymentChannel]: K };
registerEnumType(RepaymentChannelEnum, { name: 'RepaymentChannel' });

export const LoanComponentEnum = Object.fromEntries(LOAN_COMPONENTS.map((c) => [c, c])) as { [K in LoanComponent]: K };
registerEnumType(LoanComponentEnum, { name: 'LoanComponent' });

/** Money received for a loan. Never deleted: a mistaken one is marked reversed with a reason. */
@Entity('loan_repayment')
@Index('IDX_loan_repayment_loan_value', ['loanId', 'valueDate'])
@ObjectType({ simpleResolvers: true })
export class Repayment {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'int' })
  @Field(() => ID)
  loanId: number;

  @ManyToOne(() => Loan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'loanId' })
  loan?: Relation<Loan>;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  amount: bigint;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  valueDate: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => RepaymentChannelEnum)
  channel: RepaymentChannel;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true })
  reference: string | null;

  @Column({ type: 'boolean' })
  @Field()
  reversed: boolean;

  @Column({ type: 'boolean', default: false })
  @Field({ description: 'Posted after the loan was written off: a recovery' })
  recovery: boolean;

  @Column({ type: 'int', default: 1 })
  @Field(() => Int, { description: 'The schedule version it was allocated against' })
  scheduleVersion: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  reversalReason: string | null;

  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  reversedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  reversedById: number | null;

  @Column({ type: 'int' })
  postedById: number;

  @CreateDateColumn()
  @Field()
  createdAt: Date;
}

/**
 * A change to the ledger: a disbursement, a posted repayment, a reversal. Its allocation entries record
 * what it changed; a back-dated posting or a reversal replays from `replayFrom` and its entries undo and
 * redo the allocations of the payments after it.
 */
@Entity('loan_posting')
@Index('IDX_loan_posting_loan', ['loanId'])
export class LoanPosting {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  loanId: number;

  @ManyToOne(() => Loan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'loanId' })
  loan?: Relation<Loan>;

  @Column({ type: 'varchar', length: 12 })
  kind: 'DISBURSE' | 'REPAYMENT' | 'REVERSAL' | 'REVALUE' | 'RESTRUCTURE' | 'WRITE_OFF';

  @Column({ type: 'int', nullable: true })
  repaymentId: number | null;

  /** The earliest value date the posting affected; payments from it on were re-derived. */
  @Column({ type: 'date' })
  replayFrom: string;

  @Column({ type: 'int' })
  actorId: number;

  @CreateDateColumn()
  createdAt: Date;
}

/**
 * What a payment paid on one installment's component. Entries are only added: re-deriving a payment's
 * allocation adds negative entries undoing the old one and positive entries of the new, so the sum per
 * payment, installment and component is the allocation now.
 */
@Entity('loan_allocation')
@Index('IDX_loan_allocation_loan', ['loanId', 'repaymentId'])
@ObjectType('LoanAllocation', { simpleResolvers: true })
export class LoanAllocation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  loanId: number;

  @ManyToOne(() => Loan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'loanId' })
  loan?: Relation<Loan>;

  @Column({ type: 'int' })
  postingId: number;

  @ManyToOne(() => LoanPosting, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'postingId' })
  posting?: Relation<LoanPosting>;

  @Column({ type: 'int' })
  @Field(() => ID)
  repaymentId: number;

  @ManyToOne(() => Repayment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'repaymentId' })
  repayment?: Relation<Repayment>;

  @Column({ type: 'int' })
  @Field()
  installmentNumber: number;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => LoanComponentEnum)
  component: LoanComponent;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar, { description: 'Negative when it undoes an earlier entry' })
  amount: bigint;
}
