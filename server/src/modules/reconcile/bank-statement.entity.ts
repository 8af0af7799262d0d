import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { FOLLOW_UP_REASONS, MATCH_RULES, MATCH_TARGET_KINDS, STATEMENT_DIRECTIONS, STATEMENT_LINE_STATES, STATEMENT_STATUSES } from '@prospek/shared';
import type { FollowUpReason, MatchRule, MatchTargetKind, StatementDirection, StatementLineState, StatementStatus } from '@prospek/shared';
import { moneyTransformer } from '../../db/columns.js';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { Office } from '../office/office.entity.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const StatementLineStateEnum = enumOf(STATEMENT_LINE_STATES);
export const StatementDirectionEnum = enumOf(STATEMENT_DIRECTIONS);
export const MatchTargetKindEnum = enumOf(MATCH_TARGET_KINDS);
export const MatchRuleEnum = enumOf(MATCH_RULES);
export const FollowUpReasonEnum = enumOf(FOLLOW_UP_REASONS);
export const StatementStatusEnum = enumOf(STATEMENT_STATUSES);
registerEnumType(StatementLineStateEnum, { name: 'StatementLineState', description: 'The reconciliation queue’s columns' });
registerEnumType(StatementDirectionEnum, { name: 'StatementDirection', description: 'IN: credited to the account; OUT: debited' });
registerEnumType(MatchTargetKindEnum, { name: 'MatchTargetKind' });
registerEnumType(MatchRuleEnum, { name: 'MatchRule', description: 'The rule that found the target, in the order tried; MANUAL: a person chose it' });
registerEnumType(FollowUpReasonEnum, { name: 'FollowUpReason' });
registerEnumType(StatementStatusEnum, { name: 'StatementStatus', description: 'MATCHING while the background job runs' });

/** An uploaded bank statement of an office's account: its lines are matched by a background job. */
@Entity('bank_statement')
@Index('IDX_bank_statement_office', ['officeId', 'id'])
@ObjectType({ simpleResolvers: true })
export class BankStatement {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'int' })
  @Field(() => ID)
  officeId: number;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officeId' })
  officeRef?: Relation<Office>;

  @Column({ type: 'varchar', length: 40 })
  @Field({ description: 'The account number the statement is of' })
  account: string;

  @Column({ type: 'varchar', length: 8 })
  @Field({ description: 'CSV (a table with a column mapping) or MT940' })
  format: string;

  @Column({ type: 'varchar', length: 200 })
  @Field()
  fileName: string;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  periodFrom: string;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  periodTo: string;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => StatementStatusEnum)
  status: StatementStatus;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Lines taken in (lines seen in an earlier upload are not)' })
  lineCount: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Lines of the file already taken in by an earlier upload' })
  duplicateCount: number;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'Percent of the lines the matching job has gone through' })
  progress: number;

  @Column({ type: 'int' })
  uploadedById: number;

  @CreateDateColumn()
  @Field()
  createdAt: Date;
}

/**
 * One line of a statement, a card of the reconciliation queue. `fingerprint` is unique: a line seen in
 * an earlier upload is not taken again. The target it was matched or proposed to is `targetKind` and
 * `targetId`; what was posted for it carries the fingerprint as its source or idempotency key.
 */
@Entity('bank_statement_line')
@Index('UQ_bank_statement_line_fingerprint', ['fingerprint'], { unique: true })
@Index('UQ_bank_statement_line_position', ['state', 'position'], { unique: true })
@Index('IDX_bank_statement_line_statement', ['statementId', 'id'])
@Index('IDX_bank_statement_line_officer', ['officerId', 'state'])
@ObjectType({ simpleResolvers: true })
export class BankStatementLine {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'int' })
  @Field(() => ID)
  statementId: number;

  @ManyToOne(() => BankStatement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'statementId' })
  statementRef?: Relation<BankStatement>;

  @Column({ type: 'int' })
  officeId: number;

  @Column({ type: 'int', nullable: true })
  officerId: number | null;

  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar)
  date: string;

  @Column({ type: 'varchar', length: 3 })
  @Field(() => StatementDirectionEnum)
  direction: StatementDirection;

  @Column({ type: 'bigint', transformer: moneyTransformer })
  @Field(() => MoneyScalar)
  amount: bigint;

  @Column({ type: 'varchar', length: 300 })
  @Field()
  remark: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true })
  reference: string | null;

  @Column({ type: 'bigint', nullable: true, transformer: moneyTransformer })
  @Field(() => MoneyScalar, { nullable: true })
  balance: bigint | null;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => StatementLineStateEnum)
  state: StatementLineState;

  @Column({ type: 'varchar', length: 64 })
  position: string;

  /** Whether the matching job went through the line (a retried job skips those it did). */
  @Column({ type: 'boolean', default: false })
  checked: boolean;

  @Column({ type: 'varchar', length: 10, nullable: true })
  @Field(() => MatchTargetKindEnum, { nullable: true })
  targetKind: MatchTargetKind | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  targetId: number | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The client the line is about, where one is known' })
  clientId: number | null;

  @Column({ type: 'varchar', length: 14, nullable: true })
  @Field(() => MatchRuleEnum, { nullable: true })
  rule: MatchRule | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  @Field(() => FollowUpReasonEnum, { nullable: true })
  reasonCode: FollowUpReason | null;

  /** JSON of FollowUpReasonParams. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'JSON of the reason’s parameters (amounts as Money strings, dates, names)' })
  reasonParams: string | null;

  /** What the money was posted as: the payment or repayment id, once posted. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  postedKind: string | null;

  @Column({ type: 'int', nullable: true })
  postedId: number | null;

  @Column({ type: 'int', nullable: true })
  activityId: number | null;

  /** How often a person sent its posted money back: a posting after an undo takes a key of its own. */
  @Column({ type: 'int', default: 0 })
  undoCount: number;

  @Column({ type: 'datetime', nullable: true })
  archivedAt: Date | null;

  @VersionColumn()
  @Field(() => Int)
  version: number;

  @UpdateDateColumn()
  @Field()
  updatedAt: Date;
}
