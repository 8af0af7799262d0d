import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { INTEREST_METHODS, VAT_TREATMENTS } from '@prospek/shared';
import type { InterestMethod, Segment, VatTreatment } from '@prospek/shared';
import { moneyTransformer } from '../../db/columns.js';
import { MoneyScalar } from '../../graphql/scalars.js';
import { SegmentEnum } from '../user/user.entity.js';

export const PRODUCT_KINDS = ['LOAN', 'DEPOSIT', 'SERVICE'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];
export const ProductKindEnum = Object.fromEntries(PRODUCT_KINDS.map((k) => [k, k])) as { [K in ProductKind]: K };
registerEnumType(ProductKindEnum, { name: 'ProductKind' });
export const InterestMethodEnum = Object.fromEntries(INTEREST_METHODS.map((m) => [m, m])) as { [K in InterestMethod]: K };
registerEnumType(InterestMethodEnum, { name: 'InterestMethod', description: 'FLAT, EFFECTIVE (equal principal) or ANNUITY (equal installments)' });
export const VatTreatmentEnum = Object.fromEntries(VAT_TREATMENTS.map((v) => [v, v])) as { [K in VatTreatment]: K };
registerEnumType(VatTreatmentEnum, { name: 'VatTreatment' });

/** A document the client brings for a product (KTP, KK, NPWP, payslips …). */
@ObjectType({ simpleResolvers: true })
export class Requirement {
  @Field({ description: 'Stable code, e.g. KTP' })
  code: string;

  @Field({ description: 'What the client is told to bring' })
  label: string;
}

/**
 * A product an officer offers: a loan (method, rate, tenor and amount ranges, admin fee), a deposit
 * (rate, tenors) or a fee service (price). Rates are kept as millionths of a percent per year.
 */
@Entity('product')
@ObjectType({ simpleResolvers: true })
export class Product {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Index('UQ_product_code', { unique: true })
  @Column({ type: 'varchar', length: 30 })
  @Field()
  code: string;

  @Column({ type: 'varchar', length: 120 })
  @Field()
  name: string;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => ProductKindEnum)
  kind: ProductKind;

  @Column({ type: 'varchar', length: 24, nullable: true })
  @Field(() => SegmentEnum, { nullable: true })
  segment: Segment | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  @Field(() => InterestMethodEnum, { nullable: true })
  interestMethod: InterestMethod | null;

  @Column({ type: 'int', default: 0 })
  minRateMicro: number;

  @Column({ type: 'int', default: 0 })
  maxRateMicro: number;

  @Column({ type: 'int', default: 1 })
  @Field(() => Int)
  minTenorMonths: number;

  @Column({ type: 'int', default: 1 })
  @Field(() => Int)
  maxTenorMonths: number;

  @Column({ type: 'bigint', transformer: moneyTransformer, default: 0 })
  @Field(() => MoneyScalar)
  minAmount: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer, default: 0 })
  @Field(() => MoneyScalar)
  maxAmount: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer, default: 0 })
  @Field(() => MoneyScalar, { description: 'Loans: admin fee; services: the price' })
  fee: bigint;

  @Column({ type: 'varchar', length: 10, default: 'EXEMPT' })
  @Field(() => VatTreatmentEnum)
  vatTreatment: VatTreatment;

  @Column({ type: 'text' })
  @Field({ description: 'Plain-language explanation for clients' })
  description: string;

  /** JSON array of Requirement. */
  @Column({ type: 'text' })
  requirementsJson: string;

  @Column({ type: 'boolean', default: true })
  @Field({ description: 'False once retired: kept for history, no longer offered' })
  active: boolean;

  @VersionColumn()
  @Field(() => Int)
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;

  @Field(() => Float, { description: 'Percent per year' })
  get minRate(): number {
    return this.minRateMicro / 1_000_000;
  }

  @Field(() => Float, { description: 'Percent per year' })
  get maxRate(): number {
    return this.maxRateMicro / 1_000_000;
  }

  @Field(() => [Requirement])
  get requirements(): Requirement[] {
    try {
      return JSON.parse(this.requirementsJson) as Requirement[];
    } catch {
      return [];
    }
  }
}
