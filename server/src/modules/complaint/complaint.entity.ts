import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Client } from '../client/client.entity.js';
import { Invoice } from '../invoice/invoice.entity.js';
import { Lead } from '../lead/lead.entity.js';
import { Loan } from '../loan/loan.entity.js';
import { Office } from '../office/office.entity.js';
import { Product } from '../product/product.entity.js';
import { User } from '../user/user.entity.js';
import type { ComplaintChannel, ComplaintOutcome, ComplaintPriority, ComplaintStatus } from '@prospek/shared';

/**
 * A client's (or a prospect's) complaint, a card of the complaints board. Its SLA is not stored: it is
 * computed from its events and its office's calendar when read. The owner is the client's officer; the
 * office is the client's (or the lead's), copied so that the board reads and scopes one table.
 */
@Entity('complaint')
@Index('UQ_complaint_position', ['status', 'position'], { unique: true })
@Index('IDX_complaint_owner', ['ownerId'])
@Index('IDX_complaint_office', ['officeId'])
@Index('IDX_complaint_client', ['clientId'])
@Index('IDX_complaint_received', ['receivedAt'])
export class Complaint {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', nullable: true })
  clientId: number | null;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'clientId' })
  clientRef?: Relation<Client>;

  @Column({ type: 'int', nullable: true })
  leadId: number | null;

  @ManyToOne(() => Lead, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'leadId' })
  leadRef?: Relation<Lead>;

  @Column({ type: 'int', nullable: true })
  loanId: number | null;

  @ManyToOne(() => Loan, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'loanId' })
  loanRef?: Relation<Loan>;

  @Column({ type: 'int', nullable: true })
  invoiceId: number | null;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'invoiceId' })
  invoiceRef?: Relation<Invoice>;

  @Column({ type: 'int', nullable: true })
  productId: number | null;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'productId' })
  productRef?: Relation<Product>;

  @Column({ type: 'varchar', length: 12 })
  channel: ComplaintChannel;

  @Column({ type: 'int' })
  categoryId: number;

  @ManyToOne(() => ComplaintCategory, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'categoryId' })
  categoryRef?: Relation<ComplaintCategory>;

  @Column({ type: 'varchar', length: 8 })
  priority: ComplaintPriority;

  @Column({ type: 'varchar', length: 2000 })
  description: string;

  @Column({ type: 'date' })
  receivedAt: string;

  /** The business day the complaint was complete (documents in): the SLA counts from the next working day. */
  @Column({ type: 'date' })
  completeOn: string;

  @Column({ type: 'varchar', length: 16 })
  status: ComplaintStatus;

  @Column({ type: 'varchar', length: 64 })
  position: string;

  @Column({ type: 'int', nullable: true })
  ownerId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'ownerId' })
  ownerRef?: Relation<User>;

  @Column({ type: 'int' })
  officeId: number;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officeId' })
  officeRef?: Relation<Office>;

  @Column({ type: 'date', nullable: true })
  extendedOn: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  extensionReason: string | null;

  /** How the client was told of the extension, and the business day they were told. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  extensionToldVia: ComplaintChannel | null;

  @Column({ type: 'date', nullable: true })
  extensionToldOn: string | null;

  /** The category's working days when the complaint was received; the settings' when it had none. */
  @Column({ type: 'int', nullable: true })
  slaWorkingDays: number | null;

  @Column({ type: 'int', nullable: true })
  slaExtensionDays: number | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  resolution: string | null;

  @Column({ type: 'int', nullable: true })
  policyId: number | null;

  @ManyToOne(() => ResolutionPolicy, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'policyId' })
  policyRef?: Relation<ResolutionPolicy>;

  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome: ComplaintOutcome | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  answerChannel: ComplaintChannel | null;

  @Column({ type: 'date', nullable: true })
  answeredOn: string | null;

  @Column({ type: 'datetime', nullable: true })
  archivedAt: Date | null;

  @Column({ type: 'int' })
  createdById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdById' })
  createdByRef?: Relation<User>;

  @VersionColumn()
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}

export const COMPLAINT_EVENT_KINDS = ['CREATED', 'MOVED', 'EXTENDED', 'RESOLVED', 'REOPENED', 'REASSIGNED'] as const;
export type ComplaintEventKind = (typeof COMPLAINT_EVENT_KINDS)[number];

/** What happened to a complaint, in order: its status after each event is the history the SLA reads. */
@Entity('complaint_event')
@Index('IDX_complaint_event_complaint', ['complaintId', 'id'])
export class ComplaintEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  complaintId: number;

  @ManyToOne(() => Complaint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'complaintId' })
  complaintRef?: Relation<Complaint>;

  @Column({ type: 'varchar', length: 12 })
  kind: ComplaintEventKind;

  @Column({ type: 'varchar', length: 16 })
  status: ComplaintStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actorId' })
  actorRef?: Relation<User>;

  @Column({ type: 'datetime' })
  at: Date;
}

/** A managed list: the categories complaints are filed under, and the policies they are resolved by. */
@Entity('complaint_category')
@ObjectType({ simpleResolvers: true })
@Index('UQ_complaint_category_name', ['name'], { unique: true })
export class ComplaintCategory {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'varchar', length: 80 })
  @Field()
  name: string;

  @Column({ type: 'boolean', default: true })
  @Field()
  active: boolean;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Working days to answer; the setting (COMPLAINT_SLA_WORKING_DAYS) when null. Applies to complaints received after the change',
  })
  slaWorkingDays: number | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Working days the one extension adds; the setting (COMPLAINT_SLA_EXTENSION_DAYS) when null' })
  slaExtensionDays: number | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Working days before the deadline from which owner and manager are warned; the setting (COMPLAINT_SLA_WARNING_DAYS) when null',
  })
  slaWarningDays: number | null;

  @VersionColumn()
  @Field(() => Int)
  version: number;
}

@Entity('resolution_policy')
@ObjectType({ simpleResolvers: true })
@Index('UQ_resolution_policy_name', ['name'], { unique: true })
export class ResolutionPolicy {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'varchar', length: 80 })
  @Field()
  name: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  description: string | null;

  @Column({ type: 'boolean', default: true })
  @Field()
  active: boolean;

  @VersionColumn()
  @Field(() => Int)
  version: number;
}
