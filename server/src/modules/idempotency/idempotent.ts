import type { GraphQLField } from 'graphql';
import { Extensions } from 'type-graphql';

/**
 * Marks a mutation that creates a record or moves money: sent with an `Idempotency-Key` header it runs
 * once per key, and retries get the first answer. One line beside `@Mutation`; the list the web client
 * retries (`IDEMPOTENT_MUTATIONS` in shared) must name it too.
 */
export function Idempotent(options: { inTransaction?: boolean } = {}): MethodDecorator {
  return Extensions(options.inTransaction ? { idempotent: true, idempotentInTransaction: true } : { idempotent: true });
}

export function isIdempotentField(field: GraphQLField<unknown, unknown> | undefined): boolean {
  return field?.extensions?.idempotent === true;
}

/**
 * A mutation whose service claims the key in the transaction of its writes (`IdempotencyService.claimIn`):
 * the claim commits with the writes or not at all, and a request with the same key meanwhile waits on the
 * claim's row instead of on a claim committed apart.
 */
export function claimsInTransaction(field: GraphQLField<unknown, unknown> | undefined): boolean {
  return field?.extensions?.idempotentInTransaction === true;
}
