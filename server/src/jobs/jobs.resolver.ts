import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { AuthedContext } from '../graphql/context.js';
import { Paginated } from '../graphql/pagination.js';
import { BackgroundJob, JobStateEnum } from './job.entity.js';
import type { JobAdminService } from './job-admin.service.js';

@ObjectType()
export class BackgroundJobConnection extends Paginated(BackgroundJob) {}

@InputType()
export class JobFilterInput {
  @Field(() => JobStateEnum, { nullable: true })
  state?: JobStateEnum | null;
}

@Resolver(() => BackgroundJob)
export class JobsResolver {
  constructor(private readonly admin: JobAdminService) {}

  @Authorized('ADMIN')
  @Query(() => BackgroundJobConnection, { description: 'Background jobs, newest first: state, progress, attempts and the last error' })
  jobs(
    @Arg('filter', () => JobFilterInput, { nullable: true }) filter: JobFilterInput | null,
    @Arg('first', () => Int, { nullable: true, description: 'At most 100; 50 when left out' }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<BackgroundJobConnection> {
    return this.admin.page({ state: filter?.state ?? null }, first, after);
  }

  @Authorized('ADMIN')
  @Mutation(() => BackgroundJob, { description: 'Sends a FAILED job back to the queue with fresh attempts' })
  retryJob(@Ctx() ctx: AuthedContext, @Arg('id', () => String, { description: 'The job id, as jobs lists it' }) id: string): Promise<BackgroundJob> {
    return this.admin.retry(ctx.viewer.id, id);
  }
}
