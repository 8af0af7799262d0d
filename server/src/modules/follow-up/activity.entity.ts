import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { ACTIVITY_OUTCOMES, ACTIVITY_PURPOSES, ACTIVITY_TYPES } from '@prospek/shared';
import type { ActivityOutcome, ActivityPurpose, ActivityType } from '@prospek/shared';
import { moneyTransformer } from '../../db/columns.js';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { Client } from '../client/client.entity.js';
import { Lead } from '../lead/lead.entity.js';
import { User } from '../user/user.entity.js';

export const ActivityTypeEnum = Object.fromEntries(ACTIVITY_TYPES.map((t) => [t, t])) as { [K in ActivityType]: K };
registerEnumType(ActivityTypeEnum, { name: 'ActivityType' });
export const ActivityOutcomeEnum = Object.fromEntries(ACTIVITY_OUTCOMES.map((o) => [o, o])) as { [K in ActivityOutcome]: K };
registerEnumType(ActivityOutcomeEnum, { name: 'ActivityOutcome' });
export const ActivityPurposeEnum = Object.fromEntries(ACTIVITY_PURPOSES.map((p) => [p, p])) as { [K in ActivityPurpose]: K };
registerEnumType(ActivityPurposeEnum, { name: 'ActivityPurpose', description: 'COLLECTION: contacting a debtor about what they owe' });

/** A follow-up on a lead or a client: scheduled (due) or logged after the fact (done). */
@Entity('activity')
@Index('IDX_activity_owner_due', ['ownerId', 'doneAt', 'dueAt'])
@Index('IDX_activity_lead', ['leadId', 'doneAt', 'dueAt'])
@Index('IDX_activity_client', ['clientId'])
@Index('IDX_activity_reminder', ['doneAt', 'reminderSentAt', 'dueAt'])
@ObjectType({ simpleResolvers: true })
export class Activity {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => ActivityTypeEnum)
  type: ActivityType;

  @Column({ type: 'varchar', length: 12, default: 'GENERAL' })
  @Field(() => ActivityPurposeEnum, { description: 'COLLECTION contacts are scheduled only Monday–Saturday 08:00–20:00 local time, not on national holidays' })
  purpose: ActivityPurpose;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  leadId: number | null;

  @ManyToOne(() => Lead, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'leadId' })
  lead?: Relation<Lead>;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  clientId: number | null;

  @ManyToOne(() => Client, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clientId' })
  client?: Relation<Client>;

  /** The officer whose agenda it is on (the lead's or client's officer when it was made). */
  @Column({ type: 'int' })
  @Field(() => ID)
  ownerId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ownerId' })
  owner?: Relation<User>;

  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  dueAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  doneAt: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => ActivityOutcomeEnum, { nullable: true })
  outcome: ActivityOutcome | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  notes: string | null;

  /** A message written for this follow-up (an invoice reminder's): its contact links carry it unless a template is chosen. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  @Field(() => String, { nullable: true })
  message: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: 'Collection calls: the day the client promised to pay' })
  promiseDate: string | null;

  @Column({ type: 'bigint', nullable: true, transformer: moneyTransformer })
  @Field(() => MoneyScalar, { nullable: true })
  promiseAmount: bigint | null;

  @Column({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Visits: where it was logged, with the officer’s consent' })
  latitude: number | null;

  @Column({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true })
  longitude: number | null;

  @Column({ type: 'datetime', nullable: true })
  reminderSentAt: Date | null;

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
}
