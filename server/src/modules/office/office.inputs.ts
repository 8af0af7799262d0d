import { Field, ID, InputType, Int } from 'type-graphql';
import { MoneyScalar } from '../../graphql/scalars.js';

@InputType()
export class CreateOfficeInput {
  @Field({ description: 'Short unique code, e.g. KC-BDG' })
  code: string;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true, description: 'The office above it (none for a head office)' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Asia/Jakarta (default), Asia/Makassar or Asia/Jayapura' })
  timeZone?: string | null;
}

@InputType()
export class UpdateOfficeInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Moves the office under another one' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Asia/Jakarta, Asia/Makassar or Asia/Jayapura' })
  timeZone?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Marketing budget per month' })
  monthlyBudget?: bigint | null;
}
