/**
 * Checks every input of an operation before it runs, whichever executor runs it: variables are coerced
 * (a malformed Money, date or enum is the caller's error, not the server's), every ID is a positive
 * whole number, and every text has a maximum length. Arguments are read as the resolvers will see them
 * (inline literals, variables and defaults alike), so one walk covers queries, mutations and nested
 * fields.
 */
import {
  GraphQLError,
  TypeInfo,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { DocumentNode, FieldNode, GraphQLField, GraphQLInputType, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { FieldError } from '@prospek/shared';
import { TEXT_LIMITS, DEFAULT_TEXT_LIMIT } from './input-limits.js';

/** Row ids are positive integers that JavaScript holds exactly. */
const ID_PATTERN = /^[1-9][0-9]{0,15}$/;

export function isRowId(value: string): boolean {
  return ID_PATTERN.test(value) && Number(value) <= Number.MAX_SAFE_INTEGER;
}

function badInput(message: string, fieldErrors: FieldError[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', fieldErrors } });
}

function textLimit(owner: string, field: string): number {
  return TEXT_LIMITS[`${owner}.${field}`] ?? TEXT_LIMITS[field] ?? DEFAULT_TEXT_LIMIT;
}

/** Walks one coerced value against its type, collecting what is wrong. */
function check(value: unknown, type: GraphQLInputType, owner: string, field: string, path: string, errors: FieldError[]): void {
  if (value === null || value === undefined || errors.length >= 20) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, index) => check(item, nullable.ofType, owner, field, `${path}.${index}`, errors));
    return;
  }
  if (isInputObjectType(nullable)) {
    for (const [name, def] of Object.entries(nullable.getFields())) {
      // An item of a list is named by its place (`items.3.amount`), a field of an object by its name.
      check((value as Record<string, unknown>)[name], def.type, nullable.name, name, /\.\d+$/.test(path) ? `${path}.${name}` : name, errors);
    }
    return;
  }
  const named = getNamedType(type);
  if (named.name === 'ID' && !isRowId(String(value))) {
    errors.push({ field: path, code: 'INVALID', message: `${path} is not an id` });
  } else if (named.name === 'String' && typeof value === 'string') {
    const max = textLimit(owner, field);
    if (value.length > max) errors.push({ field: path, code: 'TOO_LONG', message: `${path} must be at most ${max} characters`, params: { max } });
  }
}

function operationOf(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  if (operationName) return operations.find((op) => op.name?.value === operationName) ?? null;
  return operations.length === 1 ? operations[0]! : null;
}

/** A field of the document that takes arguments, with its definition and `Type.field` name. */
interface ArgumentSite {
  node: FieldNode;
  field: GraphQLField<unknown, unknown>;
  owner: string;
}

/**
 * The fields with arguments of a parsed document, in document order: the walk with type information
 * is made once per document (Apollo keeps one per query text), not on every request that sends it.
 */
const argumentSitesOf = new WeakMap<DocumentNode, { schema: GraphQLSchema; sites: ArgumentSite[] }>();

function argumentSites(schema: GraphQLSchema, document: DocumentNode): ArgumentSite[] {
  const known = argumentSitesOf.get(document);
  if (known?.schema === schema) return known.sites;
  const sites: ArgumentSite[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (field && parent && node.arguments?.length) sites.push({ node, field, owner: `${parent.name}.${field.name}` });
      },
    }),
  );
  argumentSitesOf.set(document, { schema, sites });
  return sites;
}

/** The refusals of an operation's inputs; empty when it may run. */
export function checkInputs(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): readonly GraphQLError[] {
  const operation = operationOf(document, operationName);
  if (!operation) return [];
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 20 });
  if (coerced.errors) {
    return coerced.errors.map((error) => badInput(error.message, [{ field: variableName(error.message), code: 'INVALID', message: error.message }]));
  }

  const errors: FieldError[] = [];
  let failure: GraphQLError | null = null;
  for (const { node, field, owner } of argumentSites(schema, document)) {
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, node, coerced.coerced);
    } catch (error) {
      failure = error instanceof GraphQLError ? badInput(error.message, []) : badInput('Invalid argument', []);
      continue;
    }
    for (const arg of field.args) check(args[arg.name], arg.type, owner, arg.name, arg.name, errors);
  }
  if (failure) return [failure];
  if (errors.length === 0) return [];
  return [badInput(errors.map((e) => e.message).join('; '), errors)];
}

/** The input field a coercion message points at: `dueAt` for `Variable "$input" … at "input.dueAt"`. */
function variableName(message: string): string {
  const variable = /^Variable "\$([^"]+)"/.exec(message)?.[1];
  const at = / at "([^"]+)"/.exec(message)?.[1];
  if (at)
    return (
      at
        .split('.')
        .filter((part) => !/^\d+$/.test(part))
        .slice(variable && at.startsWith(`${variable}.`) ? 1 : 0)
        .join('.') || at
    );
  return variable ?? 'variables';
}
