import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { RESTRUCTURE_KINDS } from '@prospek/shared';
import type { InterestMethod, RestructureKind } from '@prospek/shared';
import { moneyTransformer } from '../../db/columns.js';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { InterestMethodEnum } from '../product/product.entity.js';
import type { LoanInstallment } from './loan.entity.js';
import { Loan } from './loan.entity.js';

export const SCHEDULE_VERSION_KINDS = ['ORIGINAL', ...RESTRUCTURE_KINDS] as const;
export type ScheduleVersionKind = (typeof SCHEDULE_VERSION_KINDS)[number];
export const ScheduleVersionKindEnum = Object.fromEntries(SCHEDULE_VERSION_KINDS.map((k) => [k, k])) as { [K in ScheduleVersionKind]: K };
registerEnumType(ScheduleVersionKindEnum, { name: 'ScheduleVersionKind', description: 'ORIGINAL (as disbursed), RESCHEDULING or RECONDITIONING' });
export const RestructureKindEnum = Object.fromEntries(RESTRUCTURE_KINDS.map((k) => [k, k])) as { [K in RestructureKind]: K };
registerEnumType(RestructureKindEnum, { name: 'RestructureKind', description: 'RESCHEDULING (new tenor) or RECONDITIONING (new terms, arrears capitalised)' });

/**
 * One schedule a loan has had. The first is recorded when the loan is first restructured; each later
 * one names the version it replaced. The installments in force live in `loan_installment`; those of
 * earlier versions, as they stood when replaced, in `loan_past_installment`.
 */
@Entity('loan_schedule_version')
@Index('UQ_loan_schedule_version', ['loanId', 'version'], { unique: true })
@ObjectType({ simpleResolvers: true })
export class LoanScheduleVersion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  loanId: number;

  @ManyToOne(() => Loan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'loanId' })
  loan?: Relation<Loan>;

  @Column({ type: 'int' })
  @Field(() => Int)
  version: number;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => ScheduleVersionKindEnum)
  kind: ScheduleVersionKind;

  @Column({ type: 'int', nullable: true })
  previousVersionId: number | null;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'Disbursement for the original; the restructuring’s effective date otherwise' })
  effectiveDate: string;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar, { description: 'Principal scheduled by this version' })
  principal: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar, { description: 'Unpaid interest and penalty added to the principal (reconditioning)' })
  capitalisedArrears: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar, { description: 'Unpaid interest and penalty kept owed in the first installment (rescheduling)' })
  carriedArrears: bigint;

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
  maturityDate: string;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The loan’s grade on the effective date, before restructuring' })
  gradeBefore: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  reason: string | null;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @CreateDateColumn()
  @Field()
  createdAt: Date;

  @Field(() => Float, { description: 'Percent per year' })
  get annualRate(): number {
    return this.annualRateMicro / 1_000_000;
  }
}

/** An installment of a replaced schedule version, kept as it stood when the version was replaced. */
@Entity('loan_past_installment')
@Index('UQ_loan_past_installment_number', ['scheduleVersionId', 'number'], { unique: true })
export class LoanPastInstallment implements Omit<LoanInstallment, 'id' | 'loanId' | 'loan'> {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  scheduleVersionId: number;

  @ManyToOne(() => LoanScheduleVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scheduleVersionId' })
  scheduleVersion?: Relation<LoanScheduleVersion>;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  principal: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  interest: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  paidPrincipal: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  paidInterest: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  penalty: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  paidPenalty: bigint;

  @Column({ type: 'date', nullable: true })
  paidDate: string | null;
}
