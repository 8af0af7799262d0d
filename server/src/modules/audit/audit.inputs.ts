import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';

@InputType()
export class AuditFilterInput {
  @Field(() => ID, { nullable: true, description: 'Who acted' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Lead, Client, Offer, Campaign, Task, LeadImport, User, Office, Product, MessageTemplate, …' })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: 'create, update, move, read, …' })
  action?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'From this business date (Asia/Jakarta), inclusive' })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'To this business date (Asia/Jakarta), inclusive' })
  to?: string | null;
}
