import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { JOURNAL_ACCOUNTS } from './account-mapping.defaults.js';
import type { JournalAccount } from './account-mapping.defaults.js';

export const JournalAccountEnum = Object.fromEntries(JOURNAL_ACCOUNTS.map((a) => [a, a])) as { [K in JournalAccount]: K };
registerEnumType(JournalAccountEnum, { name: 'JournalAccount', description: 'What a journal line posts to; mapped to a chart-of-accounts code' });

/**
 * The chart-of-accounts code a journal account posts to: for every product (`productId` 0) or, for the
 * loan accounts, one product. 0 rather than NULL so that the unique key holds on MySQL too.
 */
@Entity('account_mapping')
@Index('UQ_account_mapping', ['account', 'productId'], { unique: true })
@ObjectType({ simpleResolvers: true })
export class AccountMapping {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'varchar', length: 24 })
  @Field(() => JournalAccountEnum)
  account: JournalAccount;

  @Column({ type: 'int', default: 0 })
  productId: number;

  @Column({ type: 'varchar', length: 20 })
  @Field()
  code: string;

  @Column({ type: 'varchar', length: 120 })
  @Field()
  name: string;

  @VersionColumn()
  @Field(() => Int)
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  @Field()
  updatedAt: Date;

  @Field(() => ID, { name: 'productId', nullable: true, description: 'The loan product whose own code this is; null: every product' })
  get forProduct(): string | null {
    return this.productId === 0 ? null : String(this.productId);
  }
}
