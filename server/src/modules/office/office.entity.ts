import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { moneyTransformer } from '../../db/columns.js';
import { MoneyScalar } from '../../graphql/scalars.js';

/** A node of the branch tree: head office → regions → branches. */
@Entity('office')
@ObjectType({ simpleResolvers: true })
export class Office {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Index('UQ_office_code', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  @Field()
  code: string;

  @Column({ type: 'varchar', length: 120 })
  @Field()
  name: string;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  parentId: number | null;

  @ManyToOne(() => Office, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parentId' })
  parent?: Relation<Office>;

  @Column({ type: 'varchar', length: 32, default: 'Asia/Jakarta' })
  @Field({ description: 'Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT): business dates and times of the office' })
  timeZone: string;

  @Column({ type: 'varchar', length: 16, default: 'ID' })
  @Field({ description: 'The work calendar region of the office: national days (ID) and, under a province code (ID-BA), its own' })
  calendarRegion: string;

  @Column({ type: 'bigint', transformer: moneyTransformer, default: 0 })
  @Field(() => MoneyScalar, { description: 'Marketing budget per month, against which its payables are compared' })
  monthlyBudget: bigint;

  @VersionColumn()
  @Field()
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
