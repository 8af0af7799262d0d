/**
 * Executes operations with graphql-jit: each distinct operation is compiled once into a JavaScript
 * function, which completes the hundreds of cards of a board several times faster than the generic
 * graphql-js executor. It plugs into Apollo Server through its executor interface, so parsing,
 * validation, error formatting and plugins stay Apollo's.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { BREAK, GraphQLError, TypeInfo, execute, getNamedType, isScalarType, isSpecifiedScalarType, printSchema, visit, visitWithTypeInfo } from 'graphql';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { CompiledQuery } from 'graphql-jit';
import { checkInputs } from './input-guard.js';

const MAX_COMPILED = 500;

/**
 * graphql-jit's errors leave `extensions` undefined where graphql-js sets `{}`, which Apollo's error
 * formatting relies on; they become graphql-js errors with their path and original error.
 */
function normalizeErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map(
    (error) =>
      new GraphQLError(error.message, {
        path: error.path,
        originalError: error.originalError ?? undefined,
        extensions: error.extensions ?? {},
      }),
  );
  return { ...result, errors };
}

/**
 * Whether the document writes a custom scalar (Money, LocalDate, DateTimeISO, …) as a literal, inline
 * or as a variable's default. graphql-jit embeds parsed literals in generated code through
 * `JSON.stringify`, which throws on a bigint (Money) and turns other parsed values into plain JSON;
 * such documents run on graphql-js, which passes parsed literals through untouched. Clients (ours
 * included) send values as variables, which both executors coerce the same way.
 */
export function hasCustomScalarLiteral(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  const check = () => {
    const type = typeInfo.getInputType();
    const named = type && getNamedType(type);
    if (named && isScalarType(named) && !isSpecifiedScalarType(named)) {
      found = true;
      return BREAK;
    }
    return undefined;
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue: check,
      IntValue: check,
      FloatValue: check,
      BooleanValue: check,
      EnumValue: check,
      ListValue: check,
      ObjectValue: check,
    }),
  );
  return found;
}

type Prepared = { kind: 'jit'; query: CompiledQuery } | { kind: 'reference' };

export function jitExecutor(schema: GraphQLSchema, options: { compile?: boolean } = {}): GatewayInterface {
  const compile = options.compile ?? true;
  const prepared = new Map<string, Prepared>();

  const executor: GatewayExecutor = async (request) => {
    const refused = checkInputs(schema, request.document, request.operationName, request.request.variables);
    if (refused.length > 0) return { errors: refused };
    const key = `${request.queryHash}:${request.operationName ?? ''}`;
    let entry = prepared.get(key);
    if (!entry) {
      if (!compile || hasCustomScalarLiteral(schema, request.document)) {
        entry = { kind: 'reference' };
      } else {
        const result = compileQuery(schema, request.document, request.operationName ?? undefined);
        if (!isCompiledQuery(result)) return normalizeErrors(result as ExecutionResult);
        entry = { kind: 'jit', query: result };
      }
      if (prepared.size >= MAX_COMPILED) prepared.delete(prepared.keys().next().value as string);
      prepared.set(key, entry);
    }
    const variables = request.request.variables ?? {};
    if (entry.kind === 'reference') {
      return execute({
        schema,
        document: request.document,
        operationName: request.operationName,
        contextValue: request.context,
        variableValues: variables,
      });
    }
    return normalizeErrors(await entry.query.query(undefined, request.context, variables));
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}
