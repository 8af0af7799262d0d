import { Field, ID, InputType, Int } from 'type-graphql';
import type { Role, Segment } from '@prospek/shared';
import { RoleEnum, SegmentEnum } from './user.entity.js';

@InputType()
export class UserFilterInput {
  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => ID, { nullable: true })
  officeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active users (default), only inactive (false), or both (null)' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Matches name or email' })
  search?: string | null;
}

@InputType()
export class CreateUserInput {
  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => ID)
  officeId: string;

  @Field(() => SegmentEnum, { nullable: true, description: 'The AO type, for officers' })
  segment?: Segment | null;

  @Field({ description: 'At least 8 characters' })
  password: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => ID, { nullable: true })
  officeId?: string | null;

  @Field(() => SegmentEnum, { nullable: true })
  segment?: Segment | null;
}
