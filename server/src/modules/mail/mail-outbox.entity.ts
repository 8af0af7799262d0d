import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const MAIL_STATES = ['QUEUED', 'SENDING', 'SENT', 'FAILED'] as const;
export type MailState = (typeof MAIL_STATES)[number];
export const MailStateEnum = Object.fromEntries(MAIL_STATES.map((v) => [v, v])) as { [K in MailState]: K };
registerEnumType(MailStateEnum, { name: 'MailState' });

/**
 * A mail to send, written in the transaction that decided to send it. The sender claims a row (state
 * SENDING with a lease), sends it with the row's deterministic Message-ID, and records SENT or the
 * error. A sender that died mid-send leaves the lease to run out; the row is sent again with the same
 * Message-ID, so the receiving server and mail clients see one message.
 */
@Entity('mail_outbox')
@Index('UQ_mail_outbox_message', ['messageId'], { unique: true })
@Index('IDX_mail_outbox_due', ['state', 'nextAttemptAt'])
@Index('IDX_mail_outbox_subject', ['subjectType', 'subjectId'])
@ObjectType('MailDelivery', { simpleResolvers: true })
export class MailOutbox {
  @PrimaryGeneratedColumn()
  id: number;

  /** What the mail is about (`Invoice`) and its id: what renders the body and attachment at send time. */
  @Column({ type: 'varchar', length: 20 })
  subjectType: string;

  @Column({ type: 'int' })
  subjectId: number;

  @Column({ type: 'varchar', length: 200 })
  @Field()
  messageId: string;

  @Column({ type: 'varchar', length: 160 })
  @Field()
  recipient: string;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => MailStateEnum)
  state: MailState;

  @Column({ type: 'int' })
  @Field(() => Int)
  attempts: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Column({ type: 'datetime' })
  nextAttemptAt: Date;

  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @CreateDateColumn()
  @Field()
  createdAt: Date;
}
