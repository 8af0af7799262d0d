import { Arg, Authorized, Ctx, Float, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import type { RecommendationService } from './recommendation.service.js';
import { Finding, RecommendationThreshold } from './recommendation.types.js';

/** Findings for management from rules over the reports, and the thresholds of those rules. */
@Resolver()
export class RecommendationResolver {
  constructor(private readonly service: RecommendationService) {}

  @Authorized('OFFICER', 'MANAGER', 'MARKETING', 'ADMIN')
  @Query(() => [Finding], { description: 'Findings over the period, each with its numbers and links to the records (officers: their own book)' })
  recommendations(
    @Ctx() ctx: AuthedContext,
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
  ): Promise<Finding[]> {
    return this.service.findings(ctx.viewer, from, to, officeId);
  }

  @Authorized('OFFICER', 'MANAGER', 'MARKETING', 'ADMIN')
  @Query(() => [RecommendationThreshold], { description: 'The thresholds of the recommendation rules' })
  recommendationThresholds(): Promise<RecommendationThreshold[]> {
    return this.service.thresholds();
  }

  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => RecommendationThreshold, { description: 'Sets a threshold of the recommendation rules' })
  setRecommendationThreshold(@Ctx() ctx: AuthedContext, @Arg('key') key: string, @Arg('value', () => Float) value: number): Promise<RecommendationThreshold> {
    return this.service.setThreshold(ctx.viewer, key, value);
  }
}
