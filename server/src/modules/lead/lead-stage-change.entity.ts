import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { LeadStage } from '@prospek/shared';
import { User } from '../user/user.entity.js';
import { Lead, LeadStageEnum } from './lead.entity.js';

/** One stage change of a lead (from, to, by, at): the source of velocity and funnel reports. */
@Entity('lead_stage_change')
@Index('IDX_lead_stage_change_history', ['leadId', 'changedAt', 'toStage'])
@Index('IDX_lead_stage_change_period', ['changedAt', 'leadId', 'toStage', 'fromStage', 'stayMs', 'advancedAtMs'])
@ObjectType({ simpleResolvers: true })
export class LeadStageChange {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'int' })
  @Field(() => ID)
  leadId: number;

  @ManyToOne(() => Lead, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'leadId' })
  lead?: Relation<Lead>;

  @Column({ type: 'varchar', length: 16, nullable: true })
  @Field(() => LeadStageEnum, { nullable: true, description: 'Null when the lead was created' })
  fromStage: LeadStage | null;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => LeadStageEnum)
  toStage: LeadStage;

  @Column({ type: 'int' })
  @Field(() => ID)
  changedById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'changedById' })
  changedBy?: Relation<User>;

  @CreateDateColumn()
  @Field()
  changedAt: Date;

  /** Kept for the reports (db/stage-history.ts): milliseconds the lead stayed in `fromStage`. */
  @Column({ type: 'bigint', nullable: true, select: false })
  stayMs?: string | null;

  /** Kept for the reports: when the lead first got further along the pipeline after this change (epoch ms). */
  @Column({ type: 'bigint', nullable: true, select: false })
  advancedAtMs?: string | null;
}
