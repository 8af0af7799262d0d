import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { RestructureKind } from '@prospek/shared';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { RestructureKindEnum } from './restructure.entity.js';

@InputType()
export class RestructureLoanInput {
  @Field(() => ID)
  loanId: string;

  @Field(() => RestructureKindEnum)
  kind: RestructureKind;

  @Field(() => Int, { description: 'Installments of the new schedule, the first due the month after the effective date' })
  newTenorMonths: number;

  @Field(() => Float, { description: 'Percent per year, from 0 to the product’s highest rate' })
  newAnnualRate: number;

  @Field(() => LocalDateScalar, { description: 'From the last payment under the schedule in force to today' })
  effectiveDate: string;

  @Field(() => String)
  reason: string;
}
