import type { GraphQLField } from 'graphql';
import { Extensions } from 'type-graphql';

/**
 * Marks a mutation that creates a record or moves money: sent with an `Idempotency-Key` header it runs
 * once per key, and retries get the first answer. One line beside `@Mutation`; the list the web client
 * retries (`IDEMPOTENT_MUTATIONS` in shared) must name it too.
 */
export function Idempotent(): MethodDecorator {
  return Extensions({ idempotent: true });
}

export function isIdempotentField(field: GraphQLField<unknown, unknown> | undefined): boolean {
  return field?.extensions?.idempotent === true;
}
