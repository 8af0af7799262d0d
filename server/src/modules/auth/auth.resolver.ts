import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AuthedContext, Context } from '../../graphql/context.js';
import { Office } from '../office/office.entity.js';
import { User } from '../user/user.entity.js';
import type { AuthService } from './auth.service.js';
import { LoginPayload } from './login.type.js';

@Resolver(() => User)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => LoginPayload, {
    description:
      'RATE_LIMITED (extensions: retryAfterSeconds, limit ACCOUNT or ADDRESS) after 5 failures for an account within 15 minutes, ' +
      '10 for an account from one address within an hour, or 100 from one address across accounts within 15 minutes',
  })
  login(@Arg('email') email: string, @Arg('password') password: string, @Ctx() ctx: Context): Promise<LoginPayload> {
    return this.auth.login(email, password, ctx.ip);
  }

  @Authorized()
  @Query(() => User, { description: 'The signed-in user' })
  me(@Ctx() ctx: AuthedContext): User {
    return ctx.viewer;
  }

  @FieldResolver(() => Office)
  office(@Root() user: User, @Ctx() ctx: Context): Promise<Office | null> {
    return ctx.loaders.office.load(user.officeId);
  }
}
