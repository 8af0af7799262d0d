import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '../user/user.entity.js';
import { Lead } from './lead.entity.js';

/** A change of a lead's officer: an assignment from the pool, a claim, or a reassignment. */
@Entity('lead_assignment')
@Index('IDX_lead_assignment_lead', ['leadId', 'assignedAt'])
@ObjectType({ simpleResolvers: true })
export class LeadAssignment {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'int' })
  @Field(() => ID)
  leadId: number;

  @ManyToOne(() => Lead, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'leadId' })
  lead?: Relation<Lead>;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'Null when the lead came from the pool' })
  fromOwnerId: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fromOwnerId' })
  fromOwner?: Relation<User>;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  toOwnerId: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'toOwnerId' })
  toOwner?: Relation<User>;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  reason: string | null;

  @Column({ type: 'int' })
  @Field(() => ID)
  assignedById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignedById' })
  assignedBy?: Relation<User>;

  @CreateDateColumn()
  @Field()
  assignedAt: Date;
}
