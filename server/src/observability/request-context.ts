/**
 * What the server knows of the HTTP request it is serving, wherever the code runs inside it (a resolver,
 * the error formatter, a plugin): the request id on every log line, and the fields of its one access-log
 * line, which the GraphQL layer fills in (user, operation, error code).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestRecord {
  id: string;
  userId: number | null;
  /** The GraphQL operation's name as the client sent it (cut to 100 characters). */
  operation: string | null;
  /** The first error code of the answer (GraphQL `extensions.code`, or the HTTP mapper's code). */
  errorCode: string | null;
}

const storage = new AsyncLocalStorage<RequestRecord>();

export function currentRequest(): RequestRecord | undefined {
  return storage.getStore();
}

export function runInRequest<T>(record: RequestRecord, work: () => T): T {
  return storage.run(record, work);
}
