import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { INVOICE_CHANNELS, INVOICE_KINDS, INVOICE_STATUSES, TAX_CODES } from '@prospek/shared';
import type { InvoiceChannel, InvoiceKind, InvoiceStatus, TaxCode } from '@prospek/shared';
import { moneyTransformer } from '../../db/columns.js';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { Client } from '../client/client.entity.js';
import { Office } from '../office/office.entity.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const InvoiceKindEnum = enumOf(INVOICE_KINDS);
export const InvoiceStatusEnum = enumOf(INVOICE_STATUSES);
export const InvoiceChannelEnum = enumOf(INVOICE_CHANNELS);
export const TaxCodeEnum = enumOf(TAX_CODES);
registerEnumType(InvoiceKindEnum, { name: 'InvoiceKind', description: 'RECEIVABLE: to a client; PAYABLE: from a supplier' });
registerEnumType(InvoiceStatusEnum, { name: 'InvoiceStatus' });
registerEnumType(InvoiceChannelEnum, { name: 'InvoiceChannel' });
registerEnumType(TaxCodeEnum, { name: 'TaxCode', description: 'PPN on the configured base, or EXEMPT (financial services)' });

/**
 * An invoice: to a client (receivable) or from a supplier (payable, optionally charged to a campaign).
 * A draft is edited freely; issuing gives it its number and freezes it; an issued one is never deleted
 * (cancelling leaves a credit note). `amountPaid` moves only with payment allocations, in their
 * transaction, so the open amount the aging report reads is always current.
 */
@Entity('invoice')
@Index('UQ_invoice_office_year_seq', ['officeId', 'year', 'seq'], { unique: true })
@Index('UQ_invoice_number', ['number'], { unique: true })
@Index('IDX_invoice_aging', ['kind', 'officeId', 'status', 'dueDate'])
@Index('IDX_invoice_client', ['clientId', 'dueDate'])
@Index('IDX_invoice_campaign', ['campaignId'])
@ObjectType({ simpleResolvers: true })
export class Invoice {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => InvoiceKindEnum)
  kind: InvoiceKind;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => InvoiceStatusEnum)
  status: InvoiceStatus;

  @Column({ type: 'varchar', length: 60, nullable: true })
  @Field(() => String, { nullable: true, description: 'Given when issued; null on a draft' })
  number: string | null;

  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Column({ type: 'int', nullable: true })
  seq: number | null;

  @Column({ type: 'int' })
  officeId: number;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officeId' })
  officeRef?: Relation<Office>;

  @Column({ type: 'int', nullable: true })
  clientId: number | null;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clientId' })
  clientRef?: Relation<Client>;

  @Column({ type: 'varchar', length: 160, nullable: true })
  @Field(() => String, { nullable: true })
  supplierName: string | null;

  @Column({ type: 'int', nullable: true })
  campaignId: number | null;

  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaignId' })
  campaignRef?: Relation<Campaign>;

  @Column({ type: 'varchar', length: 8, nullable: true })
  @Field(() => InvoiceChannelEnum, { nullable: true })
  channel: InvoiceChannel | null;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  issueDate: string;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  dueDate: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  notes: string | null;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  subtotal: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar, { description: 'DPP: the PPN lines × the base fraction' })
  taxBase: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar, { description: 'PPN' })
  tax: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  total: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  amountPaid: bigint;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  cancelReason: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: 'PAPER: the day it was handed over' })
  handedOverDate: string | null;

  @Column({ type: 'varchar', length: 160, nullable: true })
  @Field(() => String, { nullable: true, description: 'PAPER: who received it' })
  handedOverTo: string | null;

  @Column({ type: 'int' })
  createdById: number;

  @VersionColumn()
  @Field(() => Int)
  version: number;

  @CreateDateColumn()
  @Field()
  createdAt: Date;

  @UpdateDateColumn()
  @Field()
  updatedAt: Date;
}

@Entity('invoice_line')
@Index('IDX_invoice_line_invoice', ['invoiceId', 'position'])
@ObjectType({ simpleResolvers: true })
export class InvoiceLine {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  invoiceId: number;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invoiceId' })
  invoiceRef?: Relation<Invoice>;

  @Column({ type: 'int' })
  @Field(() => Int)
  position: number;

  @Column({ type: 'varchar', length: 300 })
  @Field()
  description: string;

  @Column({ type: 'int' })
  @Field(() => Int)
  quantity: number;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  unitPrice: bigint;

  @Column({ type: 'varchar', length: 8 })
  @Field(() => TaxCodeEnum)
  taxCode: TaxCode;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar, { description: 'quantity × unitPrice' })
  amount: bigint;
}

/** What cancelling an issued invoice leaves: the reversal of its total and PPN, numbered in its own series. */
@Entity('credit_note')
@Index('UQ_credit_note_invoice', ['invoiceId'], { unique: true })
@Index('UQ_credit_note_number', ['number'], { unique: true })
@ObjectType({ simpleResolvers: true })
export class CreditNote {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'int' })
  invoiceId: number;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invoiceId' })
  invoiceRef?: Relation<Invoice>;

  @Column({ type: 'varchar', length: 60 })
  @Field()
  number: string;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  date: string;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  taxBase: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  tax: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  total: bigint;

  @Column({ type: 'varchar', length: 500 })
  @Field()
  reason: string;

  @Column({ type: 'int' })
  createdById: number;

  @CreateDateColumn()
  @Field()
  createdAt: Date;
}

/** The last number given per series (INV, CN), office and year: locked FOR UPDATE by whoever issues next. */
@Entity('invoice_counter')
export class InvoiceCounter {
  @Column({ type: 'varchar', length: 8, primary: true })
  series: string;

  @Column({ type: 'int', primary: true })
  officeId: number;

  @Column({ type: 'int', primary: true })
  year: number;

  @Column({ type: 'int' })
  lastSeq: number;
}
