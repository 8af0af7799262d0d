import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { PageArgsType, Paginated } from '../../graphql/pagination.js';
import type { AuthedContext } from '../../graphql/context.js';
import { Notification } from './notification.entity.js';
import type { NotificationService } from './notification.service.js';

@ObjectType()
export class NotificationConnection extends Paginated(Notification) {}

@Resolver()
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @Authorized()
  @Query(() => NotificationConnection, { description: 'The viewer’s own notifications, newest first' })
  notifications(
    @Ctx() ctx: AuthedContext,
    @Arg('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Args(() => PageArgsType) page: PageArgsType,
  ): Promise<NotificationConnection> {
    return this.notificationService.list(ctx.viewer, unreadOnly, page);
  }

  @Authorized()
  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: AuthedContext): Promise<number> {
    return this.notificationService.unreadCount(ctx.viewer);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks the viewer’s notifications read (all when ids is left out); answers how many' })
  markNotificationsRead(@Ctx() ctx: AuthedContext, @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null): Promise<number> {
    return this.notificationService.markRead(ctx.viewer, ids);
  }
}
