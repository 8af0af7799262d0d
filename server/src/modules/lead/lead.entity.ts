import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { LEAD_SOURCES, LEAD_STAGES } from '@prospek/shared';
import type { LeadSource, LeadStage, Segment } from '@prospek/shared';
import { moneyTransformer } from '../../db/columns.js';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { Client } from '../client/client.entity.js';
import { Product } from '../product/product.entity.js';
import { Office } from '../office/office.entity.js';
import { SegmentEnum, User } from '../user/user.entity.js';
import { UserSummary } from '../user/user-summary.type.js';

export const LeadStageEnum = Object.fromEntries(LEAD_STAGES.map((s) => [s, s])) as { [K in LeadStage]: K };
registerEnumType(LeadStageEnum, { name: 'LeadStage', description: 'The credit pipeline, NEW → WON, or LOST' });
export const LeadSourceEnum = Object.fromEntries(LEAD_SOURCES.map((s) => [s, s])) as { [K in LeadSource]: K };
registerEnumType(LeadSourceEnum, { name: 'LeadSource' });

/** A prospect on the credit pipeline. `position` orders it within its stage's column, one key per card (archived ones too). */
@Entity('lead')
@Index('IDX_lead_board', ['stage', 'archivedAt', 'position', 'id'])
@Index('UQ_lead_stage_position', ['stage', 'position'], { unique: true })
@Index('IDX_lead_reach_totals', ['archivedAt', 'stage', 'officeId', 'ownerId', 'estimatedAmount'])
@Index('IDX_lead_owner_board', ['ownerId', 'stage', 'position'])
@Index('IDX_lead_campaign', ['campaignId', 'stage'])
@Index('IDX_lead_stage_entered', ['stage', 'stageEnteredAt'])
@Index('IDX_lead_created', ['createdAt', 'ownerId'])
@ObjectType({ simpleResolvers: true })
export class Lead {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'varchar', length: 120 })
  @Field()
  fullName: string;

  @Column({ type: 'varchar', length: 160, nullable: true })
  @Field(() => String, { nullable: true })
  companyName: string | null;

  @Index('IDX_lead_phone')
  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: 'E.164, +62…' })
  phone: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, { nullable: true })
  whatsapp: string | null;

  @Column({ type: 'varchar', length: 160, nullable: true })
  @Field(() => String, { nullable: true })
  email: string | null;

  @Index('IDX_lead_nik')
  @Column({ type: 'varchar', length: 16, nullable: true })
  @Field(() => String, { nullable: true })
  nik: string | null;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => LeadSourceEnum)
  source: LeadSource;

  @Column({ type: 'varchar', length: 120, nullable: true })
  @Field(() => String, { nullable: true })
  referrerName: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  @Field(() => SegmentEnum, { nullable: true })
  segment: Segment | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The campaign that brought it' })
  campaignId: number | null;

  @ManyToOne(() => Campaign, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaignId' })
  campaign?: Relation<Campaign>;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The product the prospect is interested in' })
  productId: number | null;

  @ManyToOne(() => Product, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'productId' })
  product?: Relation<Product>;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  estimatedAmount: bigint;

  @Column({ type: 'bigint', nullable: true, transformer: moneyTransformer })
  @Field(() => MoneyScalar, { nullable: true, description: 'The applicant’s monthly income, for the debt-service ratio of offers' })
  monthlyIncome: bigint | null;

  @Column({ type: 'bigint', nullable: true, transformer: moneyTransformer })
  @Field(() => MoneyScalar, { nullable: true, description: 'Installments the applicant already pays a month on loans elsewhere' })
  existingInstallments: bigint | null;

  @Column({ type: 'varchar', length: 3, default: 'IDR' })
  @Field()
  currency: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => LeadStageEnum)
  stage: LeadStage;

  /** Fractional-index key; binary collation on MySQL (set by the migration). */
  @Column({ type: 'varchar', length: 64 })
  @Field({ description: 'Order key within the stage column' })
  position: string;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  ownerId: number | null;

  /** The foreign key's relation, never loaded: `owner` below is the officer a read answers. */
  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ownerId' })
  ownerUser?: Relation<User>;

  /**
   * A plain property, not a field resolver: the board's hundreds of cards each read it in place. Every
   * read that returns leads sets it (see `leadFromRow`, `withOwner`); unset only where not asked for.
   */
  @Field(() => UserSummary, { nullable: true, description: 'The officer working the lead (a name: they may be outside the viewer’s reach)' })
  owner?: UserSummary | null;

  @Column({ type: 'int' })
  @Field(() => ID)
  officeId: number;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officeId' })
  office?: Relation<Office>;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true })
  expectedCloseDate: string | null;

  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  nextActionAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  lostReason: string | null;

  /** Exposed through LeadResolver.notes: board queries leave it unread. */
  @Column({ type: 'text', nullable: true })
  notes?: string | null;

  @Column({ type: 'datetime' })
  @Field()
  stageEnteredAt: Date;

  /** The last follow-up done; with stageEnteredAt it tells how long the lead has been idle. */
  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  lastActivityAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  archivedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The client it became when won' })
  clientId: number | null;

  @ManyToOne(() => Client, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clientId' })
  client?: Relation<Client>;

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
  @Field()
  updatedAt: Date;
}
