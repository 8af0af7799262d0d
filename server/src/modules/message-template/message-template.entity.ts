import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A prefilled WhatsApp/SMS text with placeholders such as {{nama}} and {{jumlah}}. */
@Entity('message_template')
@ObjectType({ simpleResolvers: true })
export class MessageTemplate {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Index('UQ_message_template_code', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  @Field()
  code: string;

  @Column({ type: 'varchar', length: 120 })
  @Field()
  name: string;

  @Column({ type: 'varchar', length: 1000 })
  @Field({
    description:
      'Placeholders: {{nama}}, {{ao}}, {{usaha}}, {{produk}}, {{jumlah}}, {{angsuran}}, {{tanggal}}, {{waktu}}; invoice reminders also {{tagihan}}, {{terlambat}}',
  })
  body: string;

  @Column({ type: 'boolean', default: true })
  @Field()
  active: boolean;

  @VersionColumn()
  @Field(() => Int)
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
