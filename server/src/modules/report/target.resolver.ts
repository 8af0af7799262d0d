import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context.js';
import { OfficerTarget, TargetMetricEnum } from './officer-target.entity.js';
import type { TargetMetric } from './officer-target.entity.js';
import type { TargetService } from './target.service.js';

@InputType()
export class TargetEntryInput {
  @Field(() => ID)
  officerId: string;

  @Field(() => TargetMetricEnum)
  metric: TargetMetric;

  @Field({ description: 'Money decimal for DISBURSEMENT and OUTSTANDING, a whole number for the counts' })
  value: string;
}

@InputType()
export class SetTargetsInput {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => [TargetEntryInput])
  targets: TargetEntryInput[];
}

@InputType()
export class SetTargetInput extends TargetEntryInput {
  @Field({ description: 'YYYY-MM' })
  month: string;
}

/** Officers' monthly targets: managers set them for their office tree. */
@Resolver(() => OfficerTarget)
export class TargetResolver {
  constructor(private readonly service: TargetService) {}

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => [OfficerTarget], { description: 'The month’s targets in reach (an officer: their own)' })
  targets(
    @Ctx() ctx: AuthedContext,
    @Arg('month', { description: 'YYYY-MM' }) month: string,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
  ): Promise<OfficerTarget[]> {
    return this.service.list(ctx.viewer, month, officeId);
  }

  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => [OfficerTarget], { description: 'Sets (or replaces) officers’ targets for a month, all or none' })
  setTargets(@Ctx() ctx: AuthedContext, @Arg('input', () => SetTargetsInput) input: SetTargetsInput): Promise<OfficerTarget[]> {
    return this.service.set(ctx.viewer, input.month, input.targets);
  }

  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => OfficerTarget, { description: 'Sets (or replaces) one officer’s target for a month' })
  async setTarget(@Ctx() ctx: AuthedContext, @Arg('input', () => SetTargetInput) input: SetTargetInput): Promise<OfficerTarget> {
    const [saved] = await this.service.set(ctx.viewer, input.month, [{ officerId: input.officerId, metric: input.metric, value: input.value }]);
    return saved;
  }
}
