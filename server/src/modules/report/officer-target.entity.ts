import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { moneyToDecimal } from '@prospek/shared';
import { moneyTransformer } from '../../db/columns.js';
import { Office } from '../office/office.entity.js';
import { User } from '../user/user.entity.js';

export const TARGET_METRICS = ['DISBURSEMENT', 'OUTSTANDING', 'NOA', 'NEW_LEADS', 'VISITS'] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];
/** Metrics counted in money (sen); the others are counts. */
export const MONEY_METRICS: readonly TargetMetric[] = ['DISBURSEMENT', 'OUTSTANDING'];

export const TargetMetricEnum = Object.fromEntries(TARGET_METRICS.map((m) => [m, m])) as { [K in TargetMetric]: K };
registerEnumType(TargetMetricEnum, { name: 'TargetMetric' });

/** A manager's monthly target for one officer and one metric; money in sen, counts as they are. */
@Entity('officer_target')
@Index('UQ_officer_target', ['officerId', 'month', 'metric'], { unique: true })
@Index('IDX_officer_target_office_month', ['officeId', 'month'])
@ObjectType({ simpleResolvers: true })
export class OfficerTarget {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'int' })
  @Field(() => ID)
  officerId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officerId' })
  officer?: Relation<User>;

  /** The officer's office when the target was set (managers reach targets by office). */
  @Column({ type: 'int' })
  @Field(() => ID)
  officeId: number;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officeId' })
  office?: Relation<Office>;

  @Column({ type: 'varchar', length: 7 })
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => TargetMetricEnum)
  metric: TargetMetric;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  value: bigint;

  @Field(() => String, { name: 'value', description: 'Money metrics as a Money decimal, counts as an integer' })
  get valueText(): string {
    return MONEY_METRICS.includes(this.metric) ? moneyToDecimal(this.value) : this.value.toString();
  }

  @Column({ type: 'int' })
  setById: number;

  @VersionColumn()
  @Field(() => Int)
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
