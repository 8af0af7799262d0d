/**
 * Apollo Server plugin for the `Idempotency-Key` header. After the operation is parsed and validated
 * it claims the key (or replays the kept answer) before anything runs; once the answer is formatted
 * it keeps it when the whole operation succeeded, and releases the claim otherwise. A mutation marked
 * `@Idempotent({ inTransaction: true })` instead claims the key, writes and keeps its answer in one
 * transaction of its service (graphql/answer-in-transaction.ts); the plugin then sends the kept answer.
 *
 * A key covers one mutation field: a document with an `@Idempotent()` field and any other root field
 * is refused, since a partial failure could neither be replayed nor safely run again. The header is
 * ignored on queries and on mutations that are not marked (updates carry their own version check).
 */
import { HeaderMap } from '@apollo/server';
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestContextWillSendResponse, GraphQLResponse } from '@apollo/server';
import { Kind, print } from 'graphql';
import type { FragmentDefinitionNode, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_KEY_MAX_LENGTH, isIdempotencyKey } from '@prospek/shared';
import { InputError } from '../../errors.js';
import type { Context } from '../../graphql/context.js';
import { formatError } from '../../graphql/errors.js';
import { claimsInTransaction, isIdempotentField } from './idempotent.js';
import { IdempotencyHeldError, IdempotencyInProgressError, requestHash } from './idempotency.service.js';
import type { IdempotencyService, KeyedRequest } from './idempotency.service.js';
import { logError } from '../../observability/logger.js';

/** Set on an answer that was replayed from a kept one rather than run. */
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';

/** The mutation fields an operation runs, by response key (`a: createLead` and `b: createLead` are two). */
function rootFields(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): string[] {
  const byResponseKey = new Map<string, string>();
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith('__')) byResponseKey.set(selection.alias?.value ?? selection.name.value, selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return [...byResponseKey.values()];
}

function checkedKey(header: string): string {
  if (header.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
    throw InputError.field('Idempotency-Key', 'TOO_LONG', `Idempotency-Key is longer than ${IDEMPOTENCY_KEY_MAX_LENGTH} characters`, {
      max: IDEMPOTENCY_KEY_MAX_LENGTH,
    });
  }
  if (!isIdempotencyKey(header)) {
    throw InputError.field('Idempotency-Key', 'INVALID', 'Idempotency-Key must be 1 to 255 printable ASCII characters');
  }
  return header;
}

function errorResponse(error: unknown): GraphQLResponse {
  const headers = new HeaderMap();
  let status: number | undefined;
  if (error instanceof IdempotencyInProgressError) {
    // Transport-level "try again": the client retries the same request with the same key.
    status = 409;
    headers.set('retry-after', '1');
  }
  const message = error instanceof Error ? error.message : String(error);
  return { http: { status, headers }, body: { kind: 'single', singleResult: { errors: [formatError({ message }, error)] } } };
}

function replayResponse(stored: string): GraphQLResponse {
  const headers = new HeaderMap([[IDEMPOTENT_REPLAYED_HEADER, 'true']]);
  return { http: { status: undefined, headers }, body: { kind: 'single', singleResult: JSON.parse(stored) } };
}

/** The scope and request hash when this request uses a key, or null when the header does not apply. */
function keyedRequest(rc: GraphQLRequestContext<Context>) {
  const header = rc.request.http?.headers.get(IDEMPOTENCY_KEY_HEADER);
  const operation = rc.operation;
  if (header === undefined || !operation || operation.operation !== 'mutation' || !rc.document) return null;
  const key = checkedKey(header);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of rc.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fields = rootFields(operation, fragments);
  const mutationFields = rc.schema.getMutationType()?.getFields() ?? {};
  if (!fields.some((name) => isIdempotentField(mutationFields[name]))) return null;
  const inTransaction = claimsInTransaction(mutationFields[fields[0]]);
  if (fields.length > 1) {
    throw InputError.field('Idempotency-Key', 'NOT_ALLOWED', 'An Idempotency-Key covers one mutation; send each mutation in a request of its own');
  }
  // Without a signed-in user the mutation refuses the caller itself; there is no one to scope the key to.
  const viewer = rc.contextValue.viewer;
  if (!viewer) return null;
  return {
    scope: { userId: viewer.id, operation: fields[0], key },
    hash: requestHash(print(rc.document), operation.name?.value ?? null, rc.request.variables),
    inTransaction,
  };
}

/**
 * After a mutation that claimed its key in its own transaction: sends the answer kept there (or keeps it
 * now when it could not be rendered there); when a request with the same key committed first, answers
 * that request's kept answer instead of the refusal.
 */
async function settleInTransaction(
  service: IdempotencyService,
  keyed: KeyedRequest,
  rc: GraphQLRequestContextWillSendResponse<Context>,
  log: (line: string) => void,
): Promise<void> {
  const body = rc.response.body;
  const result = body.kind === 'single' ? body.singleResult : null;
  try {
    if (keyed.claimed && keyed.kept !== undefined) {
      // Kept in the transaction of the writes: the client gets that answer, as its retries will.
      rc.response.body = { kind: 'single', singleResult: JSON.parse(keyed.kept) };
    } else if (keyed.claimed && result?.data && !result.errors?.length) {
      // Its fields could not be answered inside the transaction: kept after it.
      await service.keep(keyed.scope, JSON.stringify({ data: result.data }));
    } else if (rc.errors?.some((e) => e.originalError instanceof IdempotencyHeldError)) {
      const held = await service.heldAnswer(keyed.scope, keyed.hash);
      const replay = held ? replayResponse(held.response) : errorResponse(new IdempotencyInProgressError());
      rc.response.body = replay.body;
      if (replay.http?.status) rc.response.http.status = replay.http.status;
      for (const [name, value] of replay.http?.headers ?? []) rc.response.http.headers.set(name, value);
    }
  } catch (error) {
    if (!keyed.claimed) {
      const refusal = errorResponse(error);
      rc.response.body = refusal.body;
      if (refusal.http?.status) rc.response.http.status = refusal.http.status;
      return;
    }
    // The writes committed; the client still gets its answer, and a retry is told the answer was not kept.
    log(`Idempotency-Key: could not keep the answer of ${keyed.scope.operation}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function idempotencyPlugin(service: IdempotencyService, log: (line: string) => void = logError): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let claimId: number | null = null;
      let inTransaction: KeyedRequest | null = null;
      return {
        async responseForOperation(rc) {
          try {
            const keyed = keyedRequest(rc);
            if (!keyed) return null;
            if (keyed.inTransaction) {
              // The resolver's service claims the key beside its writes; only an answer kept already is read here.
              const held = await service.heldAnswer(keyed.scope, keyed.hash);
              if (held) return replayResponse(held.response);
              inTransaction = { scope: keyed.scope, hash: keyed.hash, claimed: false, variables: rc.request.variables };
              rc.contextValue.idempotency = inTransaction;
              return null;
            }
            const started = await service.start(keyed.scope, keyed.hash);
            if (started.kind === 'replay') return replayResponse(started.response);
            claimId = started.claimId;
            return null;
          } catch (error) {
            return errorResponse(error);
          }
        },
        async willSendResponse(rc) {
          if (inTransaction) {
            const keyed = inTransaction;
            inTransaction = null;
            await settleInTransaction(service, keyed, rc, log);
            return;
          }
          if (claimId === null) return;
          const claim = claimId;
          claimId = null;
          const body = rc.response.body;
          const result = body.kind === 'single' ? body.singleResult : null;
          try {
            // Money and other scalars are already serialized here: this is the JSON the client gets.
            if (result?.data && !result.errors?.length) await service.complete(claim, JSON.stringify({ data: result.data }));
            else await service.release(claim);
          } catch (error) {
            // The client still gets its answer; the claim stays until its lease ends.
            log(`Idempotency-Key: could not settle claim ${claim}: ${error instanceof Error ? error.message : String(error)}`);
          }
        },
      };
    },
  };
}
