import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { ROLES, SEGMENTS } from '@prospek/shared';
import type { Role, Segment } from '@prospek/shared';
import { Office } from '../office/office.entity.js';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, { name: 'Role' });
export const SegmentEnum = Object.fromEntries(SEGMENTS.map((s) => [s, s])) as { [K in Segment]: K };
registerEnumType(SegmentEnum, { name: 'Segment', description: 'Account-officer types' });

@Entity('user')
@ObjectType({ simpleResolvers: true })
export class User {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Index('UQ_user_email', { unique: true })
  @Column({ type: 'varchar', length: 160 })
  @Field()
  email: string;

  @Column({ type: 'varchar', length: 120 })
  @Field()
  name: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => RoleEnum)
  role: Role;

  @Column({ type: 'int' })
  @Field(() => ID)
  officeId: number;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officeId' })
  office?: Relation<Office>;

  @Column({ type: 'varchar', length: 24, nullable: true })
  @Field(() => SegmentEnum, { nullable: true })
  segment: Segment | null;

  @Column({ type: 'boolean', default: true })
  @Field()
  active: boolean;

  /** Set by an admin's password reset: the user chooses a new password after signing in. */
  @Column({ type: 'boolean', default: false })
  @Field()
  mustChangePassword: boolean;

  /** Moves on with every password change or reset; a token naming an older one is refused. */
  @Column({ type: 'int', default: 0 })
  credentialVersion: number;

  @VersionColumn()
  @Field()
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
