import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { ALLOCATION_PRESETS, INSTITUTION_TYPES } from '@prospek/shared';
import type { CollectibilityGrade, InstitutionType } from '@prospek/shared';
import { moneyTransformer } from '../../db/columns.js';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { Product } from '../product/product.entity.js';
import { Loan } from './loan.entity.js';

export const InstitutionTypeEnum = Object.fromEntries(INSTITUTION_TYPES.map((t) => [t, t])) as { [K in InstitutionType]: K };
registerEnumType(InstitutionTypeEnum, { name: 'InstitutionType', description: 'Whose collectibility rules apply' });

/** One version of an institution type's collectibility thresholds, in force from `effectiveFrom`. */
@Entity('collectibility_rule_set')
@Index('UQ_collectibility_rule_set_type_from', ['institutionType', 'effectiveFrom'], { unique: true })
@ObjectType({ simpleResolvers: true })
export class CollectibilityRuleSet {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => InstitutionTypeEnum)
  institutionType: InstitutionType;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  effectiveFrom: string;

  /** JSON array of four day counts: the highest days past due of grades 1 to 4. */
  @Column({ type: 'varchar', length: 100 })
  maxDaysPastDueJson: string;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'A loan past maturity is at least this grade (BPR: 2)' })
  pastMaturityMinGrade: CollectibilityGrade | null;

  @Column({ type: 'int', default: 3 })
  @Field(() => Int, { description: 'A restructured loan improves after this many consecutive installments paid on time' })
  restructureUpgradeAfter: number;

  @Column({ type: 'int', default: 1 })
  @Field(() => Int, { description: 'Grades a restructured loan improves by after each such streak' })
  restructureUpgradeGrades: number;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @CreateDateColumn()
  @Field()
  createdAt: Date;

  @Field(() => [Int], { description: 'Highest days past due of grades 1, 2, 3 and 4; beyond is grade 5' })
  get maxDaysPastDue(): number[] {
    return JSON.parse(this.maxDaysPastDueJson) as number[];
  }
}

/** Settings of the loan book (one row): whose collectibility rules apply. */
@Entity('loan_book_setting')
@ObjectType({ simpleResolvers: true })
export class LoanBookSetting {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => InstitutionTypeEnum)
  institutionType: InstitutionType;

  @VersionColumn()
  @Field(() => Int)
  version: number;

  @UpdateDateColumn()
  updatedAt: Date;
}

/** A loan product's collection terms; a product without a row has the defaults. */
@Entity('loan_product_setting')
@ObjectType({ simpleResolvers: true })
export class LoanProductSetting {
  @PrimaryColumn({ type: 'int' })
  @Field(() => ID)
  productId: number;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'productId' })
  product?: Relation<Product>;

  /** JSON list of allocation steps (shared `AllocationStep`). */
  @Column({ type: 'text' })
  allocationOrderJson: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Days after a due date before a loan counts as late' })
  graceDays: number;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar, { description: 'Arrears up to this amount do not make a loan late' })
  toleranceAmount: bigint;

  @Column({ type: 'int' })
  penaltyMicroPercentPerDay: number;

  @Field(() => String, { description: 'INSTALLMENT_BY_INSTALLMENT, PRINCIPAL_FIRST, or CUSTOM for another stored order' })
  get allocationPreset(): string {
    const order = this.allocationOrderJson;
    return Object.entries(ALLOCATION_PRESETS).find(([, steps]) => JSON.stringify(steps) === order)?.[0] ?? 'CUSTOM';
  }

  @Field(() => Float, { description: 'Late penalty, percent of the overdue installment per day; 0 = none' })
  get penaltyPercentPerDay(): number {
    return this.penaltyMicroPercentPerDay / 1_000_000;
  }

  @VersionColumn()
  @Field(() => Int)
  version: number;

  @UpdateDateColumn()
  updatedAt: Date;
}

/** A change of a loan's days-past-due bucket or grade, kept so any past position can be reproduced. */
@Entity('loan_grade_change')
@Index('IDX_loan_grade_change_loan', ['loanId', 'asOfDate'])
@ObjectType({ simpleResolvers: true })
export class LoanGradeChange {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  loanId: number;

  @ManyToOne(() => Loan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'loanId' })
  loan?: Relation<Loan>;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  asOfDate: string;

  @Column({ type: 'int' })
  @Field(() => Int)
  daysPastDue: number;

  @Column({ type: 'varchar', length: 10, nullable: true })
  @Field(() => String, { nullable: true })
  fromBucket: string | null;

  @Column({ type: 'varchar', length: 10 })
  @Field()
  toBucket: string;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true })
  fromGrade: number | null;

  @Column({ type: 'int' })
  @Field(() => Int)
  toGrade: number;

  @Column({ type: 'int', nullable: true })
  ruleSetId: number | null;

  @CreateDateColumn()
  @Field()
  createdAt: Date;
}
