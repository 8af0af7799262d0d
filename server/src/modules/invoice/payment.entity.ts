import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { PAYMENT_DIRECTIONS, PAYMENT_METHODS } from '@prospek/shared';
import type { PaymentDirection, PaymentMethod } from '@prospek/shared';
import { moneyTransformer } from '../../db/columns.js';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { Invoice } from './invoice.entity.js';

export const PaymentDirectionEnum = Object.fromEntries(PAYMENT_DIRECTIONS.map((v) => [v, v])) as { [K in PaymentDirection]: K };
export const PaymentMethodEnum = Object.fromEntries(PAYMENT_METHODS.map((v) => [v, v])) as { [K in PaymentMethod]: K };
registerEnumType(PaymentDirectionEnum, { name: 'PaymentDirection', description: 'IN: from a client; OUT: to a supplier' });
registerEnumType(PaymentMethodEnum, { name: 'PaymentMethod' });

/**
 * Money received from a client or paid to a supplier. What no invoice took stays `unallocated`: the
 * client's credit, never lost. `sourceKey` is unique: a payment created from a bank statement line (or
 * a request's Idempotency-Key) is created once however often its source is processed.
 */
@Entity('payment')
@Index('UQ_payment_source_key', ['sourceKey'], { unique: true })
@Index('IDX_payment_client', ['clientId'])
@ObjectType({ simpleResolvers: true })
export class Payment {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'varchar', length: 4 })
  @Field(() => PaymentDirectionEnum)
  direction: PaymentDirection;

  @Column({ type: 'int' })
  officeId: number;

  @Column({ type: 'int', nullable: true })
  clientId: number | null;

  @Column({ type: 'varchar', length: 160, nullable: true })
  @Field(() => String, { nullable: true })
  supplierName: string | null;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  amount: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar, { description: 'What no invoice took: the client’s (or supplier’s) credit' })
  unallocated: bigint;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  date: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => PaymentMethodEnum)
  method: PaymentMethod;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true })
  reference: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  sourceKey: string | null;

  @Column({ type: 'int' })
  createdById: number;

  /** A reversal names the version it read. */
  @Column({ type: 'int', default: 1 })
  @Field(() => Int)
  version: number;

  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was reversed: its allocations undone, the payment kept' })
  reversedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  reversedById: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  reversalReason: string | null;

  @CreateDateColumn()
  @Field()
  createdAt: Date;
}

@Entity('payment_allocation')
@Index('IDX_payment_allocation_invoice', ['invoiceId'])
@Index('IDX_payment_allocation_payment', ['paymentId'])
@Index('IDX_payment_allocation_date', ['date', 'invoiceId', 'amount'])
@ObjectType({ simpleResolvers: true })
export class PaymentAllocation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  @Field(() => ID)
  paymentId: number;

  @ManyToOne(() => Payment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'paymentId' })
  paymentRef?: Relation<Payment>;

  @Column({ type: 'int' })
  @Field(() => ID)
  invoiceId: number;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invoiceId' })
  invoiceRef?: Relation<Invoice>;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  amount: bigint;

  /**
   * The business day the entry took effect: the payment's date for an allocation, the day of the
   * reversal or of the cancellation for an entry undoing one (what was open on a past day follows).
   */
  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  date: string;
}
