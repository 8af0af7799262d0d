import { Field, ID, InputType, Int } from 'type-graphql';
import type { Segment } from '@prospek/shared';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { SegmentEnum } from '../user/user.entity.js';
import { ClientStatusEnum, ClientTypeEnum } from './client.entity.js';
import type { ClientStatus, ClientType } from './client.entity.js';

@InputType()
export class ClientFieldsInput {
  @Field(() => ClientTypeEnum, { nullable: true })
  type?: ClientType | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: '16 digits; its birth-date part must match birthDate' })
  nik?: string | null;

  @Field(() => String, { nullable: true, description: '16 digits, or the legacy 15-digit form' })
  npwp?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  whatsapp?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => SegmentEnum, { nullable: true })
  segment?: Segment | null;

  @Field(() => ID, { nullable: true, description: 'An officer the creator manages (officers: themselves)' })
  officerId?: string | null;

  @Field(() => ClientStatusEnum, { nullable: true })
  status?: ClientStatus | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Not negative; null: unknown' })
  monthlyIncome?: bigint | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Monthly installments on loans elsewhere; not negative' })
  existingInstallments?: bigint | null;
}

@InputType()
export class UpdateClientInput extends ClientFieldsInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;
}

@InputType()
export class ClientFilterInput {
  @Field(() => String, { nullable: true, description: 'Name, CIF, NIK or phone' })
  search?: string | null;

  @Field(() => ClientStatusEnum, { nullable: true })
  status?: ClientStatus | null;

  @Field(() => ID, { nullable: true })
  officerId?: string | null;
}
