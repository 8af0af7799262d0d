import { Arg, Args, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { PageArgsType, Paginated } from '../../graphql/pagination.js';
import type { AuthedContext } from '../../graphql/context.js';
import type { AuthService } from '../auth/auth.service.js';
import { LoginPayload } from '../auth/login.type.js';
import { User } from './user.entity.js';
import { CreateUserInput, UpdateUserInput, UserFilterInput } from './user.inputs.js';
import type { UserService } from './user.service.js';
import { Idempotent } from '../idempotency/idempotent.js';

@ObjectType()
export class UserConnection extends Paginated(User) {}

@ObjectType()
export class ResetPasswordPayload {
  @Field(() => User)
  user: User;

  @Field({ description: 'Shown once: give it to the user, who chooses a new password after signing in' })
  temporaryPassword: string;
}

@Resolver(() => User)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly auth: AuthService,
  ) {}

  @Authorized()
  @Query(() => UserConnection, { description: 'Users within the viewer’s reach (admins: all; managers: their offices; others: their office), by name' })
  users(
    @Ctx() ctx: AuthedContext,
    @Arg('filter', () => UserFilterInput, { nullable: true }) filter: UserFilterInput | null,
    @Args(() => PageArgsType) page: PageArgsType,
  ): Promise<UserConnection> {
    return this.userService.list(ctx.viewer, filter ?? {}, page);
  }

  @Authorized()
  @Query(() => User)
  user(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<User> {
    return this.userService.get(ctx.viewer, id);
  }

  @Authorized('ADMIN')
  @Idempotent()
  @Mutation(() => User)
  createUser(@Ctx() ctx: AuthedContext, @Arg('input', () => CreateUserInput) input: CreateUserInput): Promise<User> {
    return this.userService.create(ctx.viewer, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => User)
  updateUser(@Ctx() ctx: AuthedContext, @Arg('input', () => UpdateUserInput) input: UpdateUserInput): Promise<User> {
    return this.userService.update(ctx.viewer, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => User, { description: 'Ends the user’s access at once: requests refused, sockets disconnected' })
  deactivateUser(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<User> {
    return this.userService.deactivate(ctx.viewer, id);
  }

  @Authorized('ADMIN')
  @Mutation(() => User)
  reactivateUser(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<User> {
    return this.userService.reactivate(ctx.viewer, id);
  }

  @Authorized('ADMIN')
  @Mutation(() => ResetPasswordPayload)
  resetPassword(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<ResetPasswordPayload> {
    return this.userService.resetPassword(ctx.viewer, id);
  }

  @Authorized()
  @Mutation(() => LoginPayload, {
    description: 'The signed-in user changes their own password: every token of theirs stops working, and this answer carries a new one',
  })
  async changePassword(
    @Ctx() ctx: AuthedContext,
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
  ): Promise<LoginPayload> {
    return this.auth.sessionFor(await this.userService.changePassword(ctx.viewer, currentPassword, newPassword));
  }
}
