/**
 * Node flags the server runs with in production (`npm start`, the Dockerfile): a larger young
 * generation, because serving a board allocates many short-lived objects and the default one makes
 * the garbage collector run several times per request.
 */
export const PRODUCTION_NODE_FLAGS = ['--max-semi-space-size=32'] as const;
