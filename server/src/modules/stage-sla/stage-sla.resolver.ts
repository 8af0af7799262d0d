import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context.js';
import { StageSla } from './stage-sla.entity.js';
import type { StageSlaService } from './stage-sla.service.js';

@Resolver()
export class StageSlaResolver {
  constructor(private readonly slas: StageSlaService) {}

  @Authorized()
  @Query(() => [StageSla], { description: 'Days a lead may stay in a stage without activity' })
  stageSlas(): Promise<StageSla[]> {
    return this.slas.list();
  }

  @Authorized('ADMIN')
  @Mutation(() => StageSla)
  updateStageSla(@Ctx() ctx: AuthedContext, @Arg('stage') stage: string, @Arg('maxIdleDays', () => Int) maxIdleDays: number): Promise<StageSla> {
    return this.slas.update(ctx.viewer, stage, maxIdleDays);
  }
}
