import { Field, ID, ObjectType } from 'type-graphql';

/**
 * A person named on a record (who changed it, who it came from). Only a name, because that person may
 * lie outside the viewer's reach, where their full user record must not be shown.
 */
@ObjectType({ simpleResolvers: true })
export class UserSummary {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}
