import { Field, Int, ObjectType } from 'type-graphql';

/** What a portfolio handover moved from one officer to another. */
@ObjectType()
export class PortfolioHandover {
  @Field(() => Int, { description: 'Open leads (WON and LOST stay with who worked them)' })
  leads: number;

  @Field(() => Int, { description: 'Clients (accounts) the officer looked after' })
  clients: number;

  @Field(() => Int, { description: 'Open follow-ups on those leads and clients' })
  followUps: number;
}
