import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { InterestMethod, Segment, VatTreatment } from '@prospek/shared';
import { MoneyScalar } from '../../graphql/scalars.js';
import { SegmentEnum } from '../user/user.entity.js';
import { InterestMethodEnum, ProductKindEnum, VatTreatmentEnum } from './product.entity.js';
import type { ProductKind } from './product.entity.js';

@InputType()
export class RequirementInput {
  @Field()
  code: string;

  @Field()
  label: string;
}

/** The fields of a product; create needs them all, update those it changes. */
@InputType()
export class ProductFieldsInput {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ProductKindEnum, { nullable: true })
  kind?: ProductKind | null;

  @Field(() => SegmentEnum, { nullable: true })
  segment?: Segment | null;

  @Field(() => InterestMethodEnum, { nullable: true })
  interestMethod?: InterestMethod | null;

  @Field(() => Float, { nullable: true, description: 'Percent per year' })
  minRate?: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent per year' })
  maxRate?: number | null;

  @Field(() => Int, { nullable: true })
  minTenorMonths?: number | null;

  @Field(() => Int, { nullable: true })
  maxTenorMonths?: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  minAmount?: bigint | null;

  @Field(() => MoneyScalar, { nullable: true })
  maxAmount?: bigint | null;

  @Field(() => MoneyScalar, { nullable: true })
  fee?: bigint | null;

  @Field(() => VatTreatmentEnum, { nullable: true })
  vatTreatment?: VatTreatment | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [RequirementInput], { nullable: true })
  requirements?: RequirementInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'False retires the product' })
  active?: boolean | null;
}

@InputType()
export class UpdateProductInput extends ProductFieldsInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;
}

@InputType()
export class ProductFilterInput {
  @Field(() => ProductKindEnum, { nullable: true })
  kind?: ProductKind | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active products (default), only retired (false), or all (null)' })
  active?: boolean | null;
}
