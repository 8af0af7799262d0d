/**
 * How much of the schema a caller may learn: introspection per the INTROSPECTION setting (all,
 * signed-in admins, or no one), and "Did you mean …" suggestions in error messages only when
 * introspection is open to all (a suggestion tells field names as introspection would).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, NoSchemaIntrospectionCustomRule, validate } from 'graphql';
import type { DocumentNode, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { IntrospectionSetting } from '../config.js';
import { ForbiddenError } from '../errors.js';
import type { Context } from './context.js';

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** Refuses `__schema` and `__type` (anywhere, fragments included) to callers the setting leaves out. */
export function introspectionPlugin(schema: GraphQLSchema, setting: IntrospectionSetting): ApolloServerPlugin<Context> {
  // Apollo keeps one parsed document per query text, so each is looked through once.
  const introspects = new WeakMap<DocumentNode, boolean>();
  return {
    async requestDidStart() {
      if (setting === 'all') return;
      return {
        async didResolveOperation({ document, contextValue }) {
          if (setting === 'admins' && contextValue.viewer?.role === 'ADMIN') return;
          let found = introspects.get(document);
          if (found === undefined) {
            found = validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0;
            introspects.set(document, found);
          }
          if (!found) return;
          const refusal = new ForbiddenError(setting === 'admins' ? 'Introspection is open to signed-in admins only' : 'Introspection is turned off');
          throw new GraphQLError(refusal.message, { originalError: refusal, extensions: { http: { status: 403 } } });
        },
      };
    },
  };
}

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** The error mapper, with suggestions cut from every message (validation, variables, enums). */
export function withoutSuggestions(format: FormatError): FormatError {
  return (formatted, error) => {
    const result = format(formatted, error);
    const message = result.message.replace(SUGGESTION, '');
    return message === result.message ? result : { ...result, message };
  };
}
