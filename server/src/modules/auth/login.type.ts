import { Field, ObjectType } from 'type-graphql';
import { User } from '../user/user.entity.js';

@ObjectType()
export class LoginPayload {
  @Field({ description: 'Bearer token for GraphQL and the Socket.IO handshake' })
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => User)
  user: User;
}
