import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { OFFER_STATUSES } from '@prospek/shared';
import type { InterestMethod, OfferStatus } from '@prospek/shared';
import { moneyTransformer } from '../../db/columns.js';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { Client } from '../client/client.entity.js';
import { Lead } from '../lead/lead.entity.js';
import { InterestMethodEnum, Product } from '../product/product.entity.js';
import { User } from '../user/user.entity.js';

export { OFFER_STATUSES };
export type { OfferStatus };
export const OfferStatusEnum = Object.fromEntries(OFFER_STATUSES.map((s) => [s, s])) as { [K in OfferStatus]: K };
registerEnumType(OfferStatusEnum, { name: 'OfferStatus', description: 'DRAFT → PRESENTED → ACCEPTED | DECLINED | EXPIRED' });

/** A product offered to a lead or a client with concrete terms. */
@Entity('offer')
@Index('IDX_offer_lead', ['leadId'])
@Index('IDX_offer_client', ['clientId'])
@Index('IDX_offer_status_valid', ['status', 'validUntil'])
@ObjectType({ simpleResolvers: true })
export class Offer {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  leadId: number | null;

  @ManyToOne(() => Lead, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leadId' })
  lead?: Relation<Lead>;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  clientId: number | null;

  @ManyToOne(() => Client, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clientId' })
  client?: Relation<Client>;

  @Column({ type: 'int' })
  @Field(() => ID)
  productId: number;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'productId' })
  product?: Relation<Product>;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  amount: bigint;

  @Column({ type: 'int' })
  @Field(() => Int)
  tenorMonths: number;

  @Column({ type: 'int' })
  annualRateMicro: number;

  @Column({ type: 'varchar', length: 10, nullable: true })
  @Field(() => InterestMethodEnum, { nullable: true, description: 'For loans, the product’s method when offered' })
  interestMethod: InterestMethod | null;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => OfferStatusEnum)
  status: OfferStatus;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'Last day the offer holds; expired after it' })
  validUntil: string;

  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  presentedAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  declineReason: string | null;

  @Column({ type: 'int' })
  @Field(() => ID)
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

  @UpdateDateColumn()
  updatedAt: Date;

  @Field(() => Float, { description: 'Percent per year' })
  get annualRate(): number {
    return this.annualRateMicro / 1_000_000;
  }
}
