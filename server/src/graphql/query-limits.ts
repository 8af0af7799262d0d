/**
 * Limits every GraphQL operation must keep before it runs: tokens (at parse), depth, aliases and
 * directives (graphql-armor validation rules), and a cost that weighs list arguments
 * (graphql-query-complexity, with the variables of the request). A refusal answers QUERY_TOO_COMPLEX
 * and nothing is read; a page size outside 1..100 answers BAD_USER_INPUT naming the argument.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, getNamedType, getNullableType, isInterfaceType, isListType, isObjectType, parse, specifiedRules, validate } from 'graphql';
import type { DocumentNode, GraphQLField, GraphQLSchema, ValidationContext, ValidationRule } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { FieldError } from '@prospek/shared';
import { AppError, InputError, QueryTooComplexError } from '../errors.js';
import type { QueryLimit } from '../errors.js';
import { MAX_PAGE_SIZE } from './pagination.js';

export const QUERY_LIMITS = {
  /** Lexical tokens of the query text; the app's largest operation has about 100, introspection 190. */
  tokens: 2000,
  /**
   * Nested selections, fragments flattened; the app's deepest operation has 6. Introspection's type
   * references nest 15 deep and are bounded by the cost instead.
   */
  depth: 10,
  /** Aliased fields in one operation; the app uses none. */
  aliases: 20,
  /** Directives in one operation. */
  directives: 20,
  /**
   * Estimated fields resolved (see `costEstimator`): the lead board with 100 cards a column costs
   * about 26,000, a full introspection query about 52,000.
   */
  cost: 75_000,
} as const;

/** Arguments that set how many items a list answers; each is capped at MAX_PAGE_SIZE. */
const PAGE_ARGUMENTS = ['first', 'perColumn'] as const;
/** What a list without a page argument counts as (activities of a lead, the columns' cards, …). */
const UNPAGED_LIST_SIZE = 10;

function tooComplex(limit: QueryLimit, max: number, message: string): GraphQLError {
  return new GraphQLError(message, { originalError: new QueryTooComplexError(limit, max, message), extensions: { http: { status: 400 } } });
}

/** graphql-armor reports through its onReject handlers: the refusal becomes a validation error of ours. */
function armorOptions(limit: QueryLimit, max: number, what: string) {
  return {
    n: max,
    exposeLimits: false,
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null) => context?.reportError(tooComplex(limit, max, `The operation has more than ${max} ${what}`))],
  };
}

/** The validation rules Apollo runs with its own: depth, aliases and directives. */
export const limitValidationRules: ValidationRule[] = [
  maxDepthRule({ ...armorOptions('depth', QUERY_LIMITS.depth, 'levels of nesting'), flattenFragments: true, ignoreIntrospection: true }),
  maxAliasesRule(armorOptions('aliases', QUERY_LIMITS.aliases, 'aliases')),
  maxDirectivesRule(armorOptions('directives', QUERY_LIMITS.directives, 'directives')),
];

/** Apollo's parse options: graphql-js stops parsing past the token limit. */
export const limitParseOptions = { maxTokens: QUERY_LIMITS.tokens };

/**
 * graphql-js words the token limit as a syntax error ("Document contains more that 2000 tokens", sic);
 * it is ours to answer as QUERY_TOO_COMPLEX.
 */
export function tokenLimitError(error: unknown): QueryTooComplexError | null {
  const match = error instanceof GraphQLError ? /Document contains more \w+ (\d+) tokens/.exec(error.message) : null;
  if (!match || Number(match[1]) !== QUERY_LIMITS.tokens) return null;
  return new QueryTooComplexError('tokens', QUERY_LIMITS.tokens, `The operation has more than ${QUERY_LIMITS.tokens} tokens`);
}

function pageArgument(field: GraphQLField<unknown, unknown>): string | null {
  return PAGE_ARGUMENTS.find((name) => field.args.some((arg) => arg.name === name)) ?? null;
}

const pagedTypesBySchema = new WeakMap<GraphQLSchema, Set<string>>();

/** The types a paged field answers (boards, columns, connections), found once per schema. */
function pagedTypesOf(schema: GraphQLSchema): Set<string> {
  let pagedTypes = pagedTypesBySchema.get(schema);
  if (!pagedTypes) {
    pagedTypes = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const field of Object.values(type.getFields())) if (pageArgument(field)) pagedTypes.add(getNamedType(field.type).name);
    }
    pagedTypesBySchema.set(schema, pagedTypes);
  }
  return pagedTypes;
}

/**
 * Cost of one field: 1, plus its selection times how many items it answers. A page argument counts
 * as its value (unset: the most a page holds). The lists a paged type holds (nodes, cards, columns)
 * are counted by that argument; any other list counts as UNPAGED_LIST_SIZE items.
 */
function costEstimator(schema: GraphQLSchema, pageErrors: FieldError[]): ComplexityEstimator {
  const pagedTypes = pagedTypesOf(schema);
  return ({ field, type, args, childComplexity }) => {
    const page = pageArgument(field);
    if (page) {
      const value: unknown = args[page];
      const size = value === null || value === undefined ? MAX_PAGE_SIZE : Number(value);
      if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
        pageErrors.push({
          field: page,
          code: 'INVALID',
          message: `${page} must be between 1 and ${MAX_PAGE_SIZE}`,
          params: { min: 1, max: MAX_PAGE_SIZE },
          reason: 'OUT_OF_RANGE',
        });
        return 1;
      }
      return 1 + size * childComplexity;
    }
    if (isListType(getNullableType(field.type)) && !pagedTypes.has(type.name)) return 1 + UNPAGED_LIST_SIZE * childComplexity;
    return 1 + childComplexity;
  };
}

/**
 * The operation's cost with its variables, or throws the refusal: BAD_USER_INPUT for a page size out
 * of range, QUERY_TOO_COMPLEX over the cost limit. Variables that do not fit their types are left
 * for execution to refuse (with its usual message).
 */
export function checkCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string | null): number {
  const pageErrors: FieldError[] = [];
  let cost: number;
  try {
    cost = getComplexity({ schema, query: document, variables, operationName: operationName ?? undefined, estimators: [costEstimator(schema, pageErrors)] });
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) cost = Infinity;
    else return 0;
  }
  if (pageErrors.length > 0) throw new InputError(pageErrors.filter((error, i) => pageErrors.findIndex((e) => e.field === error.field) === i));
  if (cost > QUERY_LIMITS.cost) {
    throw new QueryTooComplexError(
      'cost',
      QUERY_LIMITS.cost,
      `The operation's estimated cost is over the limit of ${QUERY_LIMITS.cost}; ask for fewer items or fields`,
    );
  }
  return cost;
}

/** Operations passed per parsed document (Apollo keeps one per query text), by their variables. */
const MAX_PASSED_PER_DOCUMENT = 100;
const MAX_PASSED_KEY = 1000;

/** Refuses an operation over the cost limit once its variables are known, before it runs. */
export function queryCostPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  // A board asked for again and again with the same variables is weighed once.
  const passed = new WeakMap<DocumentNode, Set<string>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          const key = `${operationName ?? ''}:${JSON.stringify(request.variables ?? {})}`;
          const known = passed.get(document);
          if (known?.has(key)) return;
          try {
            checkCost(schema, document, request.variables ?? {}, operationName);
            if (key.length <= MAX_PASSED_KEY) {
              const keys = known ?? new Set<string>();
              if (keys.size >= MAX_PASSED_PER_DOCUMENT) keys.clear();
              passed.set(document, keys.add(key));
            }
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            throw new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
          }
        },
      };
    },
  };
}

/**
 * Every refusal the server would answer for this operation text, before running it: parsing with the
 * token limit, validation with the limit rules, then the cost with these variables.
 */
export function queryLimitRefusals(schema: GraphQLSchema, source: string, variables: Record<string, unknown> = {}, operationName?: string): AppError[] {
  let document: DocumentNode;
  try {
    document = parse(source, limitParseOptions);
  } catch (error) {
    const refusal = tokenLimitError(error);
    if (refusal) return [refusal];
    throw error;
  }
  const errors = validate(schema, document, [...specifiedRules, ...limitValidationRules]);
  const refusals = errors.map((error) => error.originalError).filter((error): error is AppError => error instanceof AppError);
  if (errors.length > refusals.length) throw new Error(`Invalid operation: ${errors.map((e) => e.message).join('; ')}`);
  if (refusals.length > 0) return refusals;
  try {
    checkCost(schema, document, variables, operationName);
  } catch (error) {
    if (error instanceof AppError) return [error];
    throw error;
  }
  return [];
}
