import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { MailStateEnum } from '../mail/mail-outbox.entity.js';
import type { MailState } from '../mail/mail-outbox.entity.js';
import { Invoice } from './invoice.entity.js';

export const REMINDER_CHANNELS = ['EMAIL', 'WHATSAPP'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];
export const ReminderChannelEnum = Object.fromEntries(REMINDER_CHANNELS.map((v) => [v, v])) as { [K in ReminderChannel]: K };
registerEnumType(ReminderChannelEnum, {
  name: 'ReminderChannel',
  description: 'EMAIL: sent with the PDF; WHATSAPP: a prefilled message on the officer’s agenda',
});

/**
 * A dunning reminder: one per invoice and step (days after the due date). The unique key is what makes
 * a reminder go out once, however often the daily run repeats or races on several instances.
 */
@Entity('invoice_reminder')
@Index('UQ_invoice_reminder_step', ['invoiceId', 'step'], { unique: true })
@ObjectType({ simpleResolvers: true })
export class InvoiceReminder {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'int' })
  invoiceId: number;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invoiceId' })
  invoiceRef?: Relation<Invoice>;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Days after the due date (a DUNNING_DAYS step)' })
  step: number;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => ReminderChannelEnum)
  channel: ReminderChannel;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The business day (office zone) it was made' })
  day: string;

  @Column({ type: 'varchar', length: 160, nullable: true })
  @Field(() => String, { nullable: true, description: 'EMAIL: the address' })
  recipient: string | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'WHATSAPP: the follow-up on the officer’s agenda' })
  activityId: number | null;

  @CreateDateColumn()
  @Field()
  createdAt: Date;

  /** EMAIL: the mail's state, filled by the invoice's `reminders` field. */
  @Field(() => MailStateEnum, { nullable: true })
  deliveryState?: MailState | null;
}
