import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { Segment } from '@prospek/shared';
import { moneyTransformer } from '../../db/columns.js';
import { MoneyScalar } from '../../graphql/scalars.js';
import { Office } from '../office/office.entity.js';
import { SegmentEnum, User } from '../user/user.entity.js';

export const CLIENT_TYPES = ['PERSON', 'COMPANY'] as const;
export type ClientType = (typeof CLIENT_TYPES)[number];
export const ClientTypeEnum = Object.fromEntries(CLIENT_TYPES.map((t) => [t, t])) as { [K in ClientType]: K };
registerEnumType(ClientTypeEnum, { name: 'ClientType' });
export const CLIENT_STATUSES = ['ACTIVE', 'DORMANT', 'CLOSED'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
export const ClientStatusEnum = Object.fromEntries(CLIENT_STATUSES.map((s) => [s, s])) as { [K in ClientStatus]: K };
registerEnumType(ClientStatusEnum, { name: 'ClientStatus' });
export const GENDERS = ['MALE', 'FEMALE'] as const;
export const GenderEnum = { MALE: 'MALE', FEMALE: 'FEMALE' } as const;
registerEnumType(GenderEnum, { name: 'Gender' });

/**
 * An account holder (nasabah), identified by a CIF number generated per office. NIK, NPWP and birth date
 * reach the API through ClientResolver, which records who read them.
 */
@Entity('client')
@Index('IDX_client_officer', ['officerId'])
@Index('IDX_client_office', ['officeId'])
@ObjectType({ simpleResolvers: true })
export class Client {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Index('UQ_client_cif', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  @Field({ description: 'Customer information file number' })
  cif: string;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => ClientTypeEnum)
  type: 'PERSON' | 'COMPANY';

  @Column({ type: 'varchar', length: 160 })
  @Field()
  name: string;

  /** Unique where set: one client per person. Many clients may have none. */
  @Index('UQ_client_nik', { unique: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  nik: string | null;

  /** Not unique: a family files under one NPWP (a wife without her own uses her husband's). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  npwp: string | null;

  @Column({ type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  @Field(() => GenderEnum, { nullable: true })
  gender: 'MALE' | 'FEMALE' | null;

  @Index('UQ_client_phone', { unique: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, { nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, { nullable: true })
  whatsapp: string | null;

  @Column({ type: 'varchar', length: 160, nullable: true })
  @Field(() => String, { nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  address: string | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  officerId: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officerId' })
  officer?: Relation<User>;

  @Column({ type: 'int' })
  @Field(() => ID)
  officeId: number;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officeId' })
  office?: Relation<Office>;

  @Column({ type: 'varchar', length: 24, nullable: true })
  @Field(() => SegmentEnum, { nullable: true })
  segment: Segment | null;

  @Column({ type: 'varchar', length: 10, default: 'ACTIVE' })
  @Field(() => ClientStatusEnum)
  status: ClientStatus;

  @Column({ type: 'bigint', nullable: true, transformer: moneyTransformer })
  @Field(() => MoneyScalar, { nullable: true, description: 'The applicant’s monthly income, for the debt-service ratio of offers' })
  monthlyIncome: bigint | null;

  @Column({ type: 'bigint', nullable: true, transformer: moneyTransformer })
  @Field(() => MoneyScalar, { nullable: true, description: 'Installments the applicant already pays a month on loans elsewhere' })
  existingInstallments: bigint | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The lead it was converted from' })
  sourceLeadId: number | null;

  @VersionColumn()
  @Field(() => Int)
  version: number;

  @CreateDateColumn()
  @Field()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}

/** The last CIF number given out per office. */
@Entity('cif_sequence')
export class CifSequence {
  @Column({ type: 'int', primary: true })
  officeId: number;

  @Column({ type: 'int' })
  lastNumber: number;
}
