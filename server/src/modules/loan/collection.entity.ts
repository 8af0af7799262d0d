import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { COLLECTION_COLUMNS, PROMISE_STATUSES } from '@prospek/shared';
import type { CollectionColumn, PromiseStatus } from '@prospek/shared';
import { moneyTransformer } from '../../db/columns.js';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { Activity } from '../follow-up/activity.entity.js';
import { User } from '../user/user.entity.js';
import { Loan } from './loan.entity.js';

export const CollectionColumnEnum = Object.fromEntries(COLLECTION_COLUMNS.map((c) => [c, c])) as { [K in CollectionColumn]: K };
registerEnumType(CollectionColumnEnum, { name: 'CollectionColumn', description: 'The columns of the collection board' });
export const PromiseStatusEnum = Object.fromEntries(PROMISE_STATUSES.map((s) => [s, s])) as { [K in PromiseStatus]: K };
registerEnumType(PromiseStatusEnum, { name: 'PromiseStatus', description: 'Judged by the posting engine against the ledger' });

/**
 * A promise to pay made in a collection follow-up. Its status is derived from the ledger by the
 * posting engine on every posting, reversal and daily run, so it always agrees with the payments.
 */
@Entity('payment_promise')
@Index('IDX_payment_promise_loan', ['loanId'])
@ObjectType({ simpleResolvers: true })
export class PaymentPromise {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'int' })
  @Field(() => ID)
  loanId: number;

  @ManyToOne(() => Loan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'loanId' })
  loan?: Relation<Loan>;

  /** The follow-up it was made in. */
  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  activityId: number | null;

  @ManyToOne(() => Activity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'activityId' })
  activity?: Relation<Activity>;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'Business day it was made: payments valued from then on count' })
  madeOn: string;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  promisedDate: string;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  amount: bigint;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => PromiseStatusEnum)
  status: PromiseStatus;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: 'Kept: value date of the payment completing it; broken: the day after the promised date' })
  resolvedOn: string | null;

  @Column({ type: 'int' })
  createdById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdById' })
  createdBy?: Relation<User>;

  @VersionColumn()
  @Field(() => Int)
  version: number;

  @CreateDateColumn()
  @Field()
  createdAt: Date;
}

/**
 * A collection case: one per loan that has fallen into arrears, a card of the collection board. The
 * engine opens it, moves it on promises and resolves it when the arrears clear; officers move it between.
 * The loan's officer, office and figures are copied onto it so the board reads and scopes one table.
 */
@Entity('collection_case')
@Index('UQ_collection_case_loan', ['loanId'], { unique: true })
@Index('UQ_collection_case_position', ['status', 'position'], { unique: true })
@Index('IDX_collection_case_officer', ['officerId'])
@Index('IDX_collection_case_office', ['officeId'])
export class CollectionCase {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  loanId: number;

  @ManyToOne(() => Loan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'loanId' })
  loan?: Relation<Loan>;

  @Column({ type: 'varchar', length: 24 })
  status: CollectionColumn;

  @Column({ type: 'varchar', length: 64 })
  position: string;

  @Column({ type: 'int', nullable: true })
  officerId: number | null;

  @Column({ type: 'int' })
  officeId: number;

  @Column({ type: 'int' })
  daysPastDue: number;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  arrears: bigint;

  @Column({ type: 'int' })
  collectibility: number;

  @Column({ type: 'date' })
  openedOn: string;

  @Column({ type: 'date', nullable: true })
  resolvedOn: string | null;

  @Column({ type: 'datetime', nullable: true })
  archivedAt: Date | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
