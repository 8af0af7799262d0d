/**
 * Renders the answer of a keyed mutation inside the transaction of its writes, so that the key's claim,
 * the writes and the kept answer commit together (`@Idempotent({ inTransaction: true })`). The request's
 * own document runs again over the mutation's result, with loaders reading through the transaction:
 * the answer shows what the transaction wrote, and holds no second connection while it holds its locks.
 */
import { Kind, execute } from 'graphql';
import type { DocumentNode, GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { Context } from './context.js';
import { createLoaders } from './loaders.js';

/** The JSON answer `{ data }` of the mutation for `result`, or null when its fields answered with errors. */
export type AnswerRenderer = (result: unknown, manager: EntityManager) => Promise<string | null>;

export function answerInTransaction(info: GraphQLResolveInfo, ctx: Context): AnswerRenderer {
  return async (result, manager) => {
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [info.operation, ...Object.values(info.fragments)] };
    // The records the viewer may reach are read as the request reads them; the answer of a mutation rendered
    // here (a loan) does not ask for them.
    const loaders = { ...createLoaders(manager), visibleLead: ctx.loaders.visibleLead, visibleClient: ctx.loaders.visibleClient };
    const contextValue: Context = { ...ctx, loaders, idempotency: null, inTransaction: { result, manager } };
    // The variables as sent: `info` holds them parsed already (money as bigint), and they are parsed again.
    const variableValues = ctx.idempotency?.variables ?? {};
    const answer = await execute({ schema: info.schema, document, variableValues, rootValue: info.rootValue, contextValue });
    return answer.errors?.length || !answer.data ? null : JSON.stringify({ data: answer.data });
  };
}
