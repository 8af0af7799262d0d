import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { CAMPAIGN_CHANNELS, CAMPAIGN_STATUSES } from '@prospek/shared';
import type { CampaignChannel, CampaignStatus } from '@prospek/shared';
import { moneyTransformer } from '../../db/columns.js';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { Office } from '../office/office.entity.js';
import { Product } from '../product/product.entity.js';
import { User } from '../user/user.entity.js';

export const CampaignChannelEnum = Object.fromEntries(CAMPAIGN_CHANNELS.map((c) => [c, c])) as { [K in CampaignChannel]: K };
registerEnumType(CampaignChannelEnum, { name: 'CampaignChannel' });
export const CampaignStatusEnum = Object.fromEntries(CAMPAIGN_STATUSES.map((c) => [c, c])) as { [K in CampaignStatus]: K };
registerEnumType(CampaignStatusEnum, { name: 'CampaignStatus' });

/** A marketing campaign: a channel, a period, a budget and a lead goal; its leads carry its id. */
@Entity('campaign')
@Index('IDX_campaign_office', ['officeId', 'status'])
@ObjectType({ simpleResolvers: true })
export class Campaign {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Index('UQ_campaign_slug', { unique: true })
  @Column({ type: 'varchar', length: 60 })
  @Field({ description: 'The public form lives at /f/<slug>' })
  slug: string;

  @Column({ type: 'varchar', length: 160 })
  @Field()
  name: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => CampaignChannelEnum)
  channel: CampaignChannel;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  productId: number | null;

  @ManyToOne(() => Product, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'productId' })
  product?: Relation<Product>;

  @Column({ type: 'int' })
  @Field(() => ID)
  officeId: number;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officeId' })
  office?: Relation<Office>;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  startDate: string;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  endDate: string;

  @Column({ type: 'bigint', transformer: moneyTransformer, default: 0 })
  @Field(() => MoneyScalar)
  budget: bigint;

  @Column({ type: 'bigint', transformer: moneyTransformer, default: 0 })
  @Field(() => MoneyScalar)
  spend: bigint;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int)
  leadGoal: number;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => CampaignStatusEnum)
  status: CampaignStatus;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  @Field(() => String, { nullable: true })
  description: string | null;

  @Column({ type: 'boolean', default: true })
  @Field({ description: 'Whether its public form takes submissions' })
  formEnabled: boolean;

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

  @UpdateDateColumn()
  updatedAt: Date;
}

/** One public-form submission, counted per address for the rate limit (whether or not it made a lead). */
@Entity('form_submission')
@Index('IDX_form_submission_ip', ['ip', 'submittedAt'])
export class FormSubmission {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  ip: string;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'datetime' })
  submittedAt: Date;
}
