import { Authorized, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Config } from '../config.js';

@ObjectType()
export class AppSettings {
  @Field(() => Int, { description: 'Debt-service ratio above which simulations warn, percent' })
  dsrLimitPercent: number;

  @Field()
  organizationName: string;
}

/** Settings the client shows, from the server's configuration. */
@Resolver()
export class SettingsResolver {
  constructor(private readonly config: Config) {}

  @Authorized()
  @Query(() => AppSettings)
  appSettings(): AppSettings {
    return { dsrLimitPercent: this.config.dsrLimitPercent, organizationName: this.config.organizationName };
  }
}
