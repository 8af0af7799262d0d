import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context.js';
import { Notification } from './notification.entity.js';
import type { NotificationService } from './notification.service.js';

@Resolver()
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @Authorized()
  @Query(() => [Notification], { description: 'The viewer’s own notifications, newest first' })
  notifications(@Ctx() ctx: AuthedContext, @Arg('unreadOnly', { defaultValue: false }) unreadOnly: boolean): Promise<Notification[]> {
    return this.notificationService.list(ctx.viewer, unreadOnly);
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
