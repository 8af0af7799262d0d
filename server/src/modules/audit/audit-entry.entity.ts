import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '../user/user.entity.js';

/** Who changed what, when, from which values to which. Written in the same transaction as the change. */
@Entity('audit_entry')
@Index('IDX_audit_entry_entity', ['entityType', 'entityId', 'at'])
// The audit page: newest first by id, filtered by who, by record type, or by day.
@Index('IDX_audit_entry_actor', ['actorId', 'id'])
@Index('IDX_audit_entry_type', ['entityType', 'id'])
@Index('IDX_audit_entry_at', ['at'])
@ObjectType({ simpleResolvers: true })
export class AuditEntry {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'varchar', length: 40 })
  @Field()
  entityType: string;

  @Column({ type: 'varchar', length: 40 })
  @Field(() => ID)
  entityId: string;

  @Column({ type: 'varchar', length: 40 })
  @Field({ description: "create, update, move, archive, reassign, claim, deactivate, read (of a client's personal data), …" })
  action: string;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  actorId: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actorId' })
  actor?: Relation<User>;

  /** JSON object of the changed fields' previous values. */
  @Column({ type: 'text', nullable: true })
  before: string | null;

  /** JSON object of the changed fields' new values. */
  @Column({ type: 'text', nullable: true })
  after: string | null;

  @CreateDateColumn()
  @Field()
  at: Date;
}
