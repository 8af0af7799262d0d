import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '../user/user.entity.js';
import { Lead } from './lead.entity.js';

/** A required document the officer has received for a lead's application. */
@Entity('lead_document')
@Index('UQ_lead_document', ['leadId', 'code'], { unique: true })
@ObjectType({ simpleResolvers: true })
export class LeadDocument {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  leadId: number;

  @ManyToOne(() => Lead, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'leadId' })
  lead?: Relation<Lead>;

  @Column({ type: 'varchar', length: 40 })
  @Field()
  code: string;

  @Column({ type: 'int' })
  receivedById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receivedById' })
  receivedBy?: Relation<User>;

  @CreateDateColumn()
  @Field()
  receivedAt: Date;
}
