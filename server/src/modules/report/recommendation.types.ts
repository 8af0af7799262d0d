/** The GraphQL shapes of the recommendations to management and of their thresholds. */
import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true })
export class FindingEvidence {
  @Field({ description: 'A code the client words (e.g. CONVERSION_NOW); the same code in every language' })
  label: string;

  @Field({ description: 'A ratio 0..1, a Money decimal, a count, a date or a code, as the label says' })
  value: string;
}

@ObjectType({ simpleResolvers: true })
export class FindingLink {
  @Field({ description: 'LEAD, LOAN, CAMPAIGN or OFFICER (whose work report it opens)' })
  type: string;

  @Field(() => ID)
  id: string;
}

@ObjectType({ simpleResolvers: true })
export class Finding {
  @Field({ description: 'CONVERSION_DROP, PAR30_RISE, COST_PER_WON_HIGH, STALE_PIPELINE or BUDGET_OVERRUN' })
  code: string;

  @Field({ description: 'In English; the client words it in the viewer’s language from the code and the evidence' })
  title: string;

  @Field({ description: 'In English, the numbers behind the finding' })
  detail: string;

  @Field(() => [FindingEvidence])
  evidence: FindingEvidence[];

  @Field(() => [FindingLink])
  links: FindingLink[];
}

@ObjectType({ simpleResolvers: true })
export class RecommendationThreshold {
  @Field()
  key: string;

  @Field({ description: 'RATIO (0..1), FACTOR, COUNT or DAYS' })
  unit: string;

  @Field(() => Float)
  value: number;

  @Field(() => Float)
  defaultValue: number;

  @Field(() => Float)
  min: number;

  @Field(() => Float)
  max: number;
}
