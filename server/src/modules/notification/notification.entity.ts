import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { NOTIFICATION_TYPES } from '@prospek/shared';
import type { NotificationType } from '@prospek/shared';
import { User } from '../user/user.entity.js';

export const NotificationTypeEnum = Object.fromEntries(NOTIFICATION_TYPES.map((t) => [t, t])) as { [K in NotificationType]: K };
registerEnumType(NotificationTypeEnum, { name: 'NotificationType' });

/** Something a user should know, kept until read. `dedupeKey` makes each one exist once. */
@Entity('notification')
@Index('IDX_notification_user', ['userId', 'readAt', 'createdAt'])
@ObjectType({ simpleResolvers: true })
export class Notification {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => NotificationTypeEnum)
  type: NotificationType;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'In Indonesian, for readers that do not word `params` themselves' })
  title: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  body: string | null;

  /** JSON of the type's NotificationParams: the title (and body) worded in the reader's language. */
  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'JSON of what the notification says (names, counts) by its type, to word it in any language; null on old notifications, whose title is all there is',
  })
  params: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Where in the app it leads, e.g. /leads/12' })
  link: string | null;

  @Index('UQ_notification_dedupe', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  dedupeKey: string;

  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @CreateDateColumn()
  @Field()
  createdAt: Date;
}
