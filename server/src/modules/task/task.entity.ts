import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { TASK_STATUSES } from '@prospek/shared';
import type { TaskStatus } from '@prospek/shared';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { Lead } from '../lead/lead.entity.js';
import { Office } from '../office/office.entity.js';
import { User } from '../user/user.entity.js';

export const TaskStatusEnum = Object.fromEntries(TASK_STATUSES.map((s) => [s, s])) as { [K in TaskStatus]: K };
registerEnumType(TaskStatusEnum, { name: 'TaskStatus', description: 'The marketing board: TODO → IN_PROGRESS → REVIEW → DONE' });

@ObjectType({ simpleResolvers: true })
export class ChecklistEntry {
  @Field()
  text: string;

  @Field()
  done: boolean;
}

/** A card on the marketing task board, often requested by an officer. */
@Entity('marketing_task')
@Index('IDX_task_board', ['status', 'archivedAt', 'position', 'id'])
@Index('UQ_task_status_position', ['status', 'position'], { unique: true })
@Index('IDX_task_office', ['officeId', 'status'])
@ObjectType({ simpleResolvers: true })
export class MarketingTask {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'varchar', length: 200 })
  @Field()
  title: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 12 })
  @Field(() => TaskStatusEnum)
  status: TaskStatus;

  /** Fractional-index key; binary collation on MySQL (set by the migration). */
  @Column({ type: 'varchar', length: 64 })
  @Field()
  position: string;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  campaignId: number | null;

  @ManyToOne(() => Campaign, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaignId' })
  campaign?: Relation<Campaign>;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  leadId: number | null;

  @ManyToOne(() => Lead, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'leadId' })
  lead?: Relation<Lead>;

  @Column({ type: 'int' })
  @Field(() => ID)
  requesterId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requesterId' })
  requester?: Relation<User>;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  assigneeId: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assigneeId' })
  assignee?: Relation<User>;

  @Column({ type: 'int' })
  @Field(() => ID)
  officeId: number;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officeId' })
  office?: Relation<Office>;

  @Column({ type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true })
  dueDate: string | null;

  /** JSON array of { text, done }. */
  @Column({ type: 'text' })
  checklistJson: string;

  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  archivedAt: Date | null;

  @VersionColumn()
  @Field(() => Int)
  version: number;

  @CreateDateColumn()
  @Field()
  createdAt: Date;

  @UpdateDateColumn()
  @Field()
  updatedAt: Date;

  @Field(() => [ChecklistEntry])
  get checklist(): ChecklistEntry[] {
    try {
      return JSON.parse(this.checklistJson) as ChecklistEntry[];
    } catch {
      return [];
    }
  }
}

@Entity('task_comment')
@Index('IDX_task_comment_task', ['taskId', 'createdAt'])
@ObjectType({ simpleResolvers: true })
export class TaskComment {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'int' })
  taskId: number;

  @ManyToOne(() => MarketingTask, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taskId' })
  task?: Relation<MarketingTask>;

  @Column({ type: 'int' })
  authorId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'authorId' })
  author?: Relation<User>;

  @Column({ type: 'varchar', length: 2000 })
  @Field()
  body: string;

  @CreateDateColumn()
  @Field()
  createdAt: Date;
}

/**
 * A column's work-in-progress limit on an office's board: refused past it when hard, warned when soft.
 * Tasks are counted per office, so each office has its own limits (a column without a row keeps the
 * default of WIP_DEFAULTS).
 */
@Entity('board_column_setting')
@ObjectType({ simpleResolvers: true })
export class BoardColumnSetting {
  @Column({ type: 'varchar', length: 16, primary: true })
  @Field()
  board: string;

  @Column({ type: 'int', primary: true })
  @Field(() => ID)
  officeId: number;

  @ManyToOne(() => Office, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'officeId' })
  office?: Relation<Office>;

  @Column({ type: 'varchar', length: 16, primary: true })
  @Field()
  columnKey: string;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true })
  wipLimit: number | null;

  @Column({ type: 'boolean', default: false })
  @Field()
  hardLimit: boolean;
}
