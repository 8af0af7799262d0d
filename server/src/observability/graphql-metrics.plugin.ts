/**
 * Tells the request's log line and the operation histogram what GraphQL did: the operation's name and
 * type, the signed-in user, and the first error code of the answer.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../graphql/context.js';
import type { Metrics } from './metrics.js';
import { currentRequest } from './request-context.js';

const LOGGED_NAME_LENGTH = 100;

export function graphqlMetricsPlugin(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = process.hrtime.bigint();
      const record = currentRequest();
      let checked = false;
      let type = 'unknown';
      let name: string | null = typeof request.operationName === 'string' ? request.operationName : null;
      return {
        async didResolveOperation(requestContext) {
          type = requestContext.operation?.operation ?? type;
          name = requestContext.operationName ?? null;
        },
        // Past parsing, validation and the cost limits: only such an operation may add its name.
        async executionDidStart() {
          checked = true;
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          const errorCode = typeof code === 'string' ? code : errors?.length ? 'INTERNAL_SERVER_ERROR' : null;
          const signedIn = contextValue.viewer !== null;
          const operation = metrics.operations.label(name, checked, signedIn);
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.graphqlDuration.observe({ operation, type, outcome: errorCode ? 'error' : 'ok' }, seconds);
          if (record) {
            record.userId = contextValue.viewer?.id ?? null;
            record.operation = name ? name.slice(0, LOGGED_NAME_LENGTH) : null;
            record.errorCode = errorCode;
          }
        },
      };
    },
  };
}
