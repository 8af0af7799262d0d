import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Office } from '../office/office.entity.js';
import { User } from '../user/user.entity.js';

export const WORK_REPORT_KINDS = ['WEEK', 'MONTH'] as const;
export type WorkReportKind = (typeof WORK_REPORT_KINDS)[number];
export const WORK_REPORT_STATUSES = ['DRAFT', 'SUBMITTED', 'ACKNOWLEDGED'] as const;
export type WorkReportStatus = (typeof WORK_REPORT_STATUSES)[number];

/**
 * What the officer writes on a work report (plans, obstacles) and what became of it (submitted, read by a
 * manager). The figures are not stored: they are computed from the book whenever the report is read.
 */
@Entity('work_report')
@Index('UQ_work_report_period', ['officerId', 'kind', 'periodStart'], { unique: true })
@Index('IDX_work_report_office_period', ['officeId', 'kind', 'periodStart'])
export class WorkReportNote {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  officerId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officerId' })
  officer?: Relation<User>;

  /** The officer's office when the report was first written (managers reach reports by office). */
  @Column({ type: 'int' })
  officeId: number;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officeId' })
  office?: Relation<Office>;

  @Column({ type: 'varchar', length: 8 })
  kind: WorkReportKind;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'date' })
  periodEnd: string;

  @Column({ type: 'varchar', length: 16 })
  status: WorkReportStatus;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  plans: string | null;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  obstacles: string | null;

  @Column({ type: 'datetime', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  acknowledgedById: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'acknowledgedById' })
  acknowledgedBy?: Relation<User>;

  @Column({ type: 'datetime', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  managerComment: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}

/**
 * A work report sent on schedule at its period's end: one row per officer, kind and period, written in
 * the transaction that queues its mails (to the officer and their managers), so a run repeated or
 * resumed after a restart finds it and sends nothing twice.
 */
@Entity('work_report_dispatch')
@Index('UQ_work_report_dispatch', ['officerId', 'kind', 'periodStart'], { unique: true })
export class WorkReportDispatch {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  officerId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officerId' })
  officer?: Relation<User>;

  @Column({ type: 'varchar', length: 8 })
  kind: WorkReportKind;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'date' })
  periodEnd: string;

  /** Mails queued: the officer's and their managers'. */
  @Column({ type: 'int' })
  recipients: number;

  @CreateDateColumn()
  createdAt: Date;
}
