import type { ErrorCode, FieldError, RefusalReason } from '@prospek/shared';
import { IDEMPOTENCY_KEY_HEADER, MUTATION_ID_HEADER } from '@prospek/shared';
import type { TypedDocumentString } from './generated/graphql';
import { sendWithRetries } from './idempotency';
import { useSession } from './session';

/** A GraphQL error with its `extensions.code` and what came with it. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode | 'NETWORK',
    readonly fieldErrors: FieldError[] = [],
    readonly current: unknown = null,
    /** For RATE_LIMITED and UNAVAILABLE: when to try again, and (sign-in) which limit was reached. */
    readonly retry: { afterSeconds: number; limit?: 'ACCOUNT' | 'ADDRESS' } | null = null,
    /** The rule that refused the request and what it names; the client words them (ui/error-text.ts). */
    readonly refusal: { reason: RefusalReason; params: Record<string, string | number> } | null = null,
  ) {
    super(message);
  }
}

/** The error of a plain HTTP route (uploads), which answers `{ error, message, fieldErrors?, reason?, params? }`. */
export function apiErrorOf(body: unknown): ApiError {
  const b = (typeof body === 'object' && body !== null ? body : {}) as {
    error?: ErrorCode;
    message?: string;
    fieldErrors?: FieldError[];
    reason?: RefusalReason;
    params?: Record<string, string | number>;
  };
  return new ApiError(
    b.message ?? '',
    b.error ?? 'INTERNAL_SERVER_ERROR',
    b.fieldErrors ?? [],
    null,
    null,
    b.reason ? { reason: b.reason, params: b.params ?? {} } : null,
  );
}

let onSessionEnded: () => void = () => undefined;
/** The router registers where to go when the server says the session is over. */
export function whenSessionEnds(handler: () => void): void {
  onSessionEnded = handler;
}

/**
 * The server no longer accepts the token (expired, or the account deactivated): the session ends and
 * the router sends the user to the login page with a message. Sockets refused at handshake end here too.
 */
export function endSession(): void {
  const session = useSession();
  if (!session.state.token) return;
  session.signOut('expired');
  onSessionEnded();
}

export function newMutationId(): string {
  return crypto.randomUUID();
}

/**
 * Sends a typed operation. Throws `ApiError`; an UNAUTHENTICATED answer also ends the session.
 * A create is sent with an `Idempotency-Key` (a fresh one, or `idempotencyKey`) and retried with it
 * after a network failure.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { mutationId?: string; idempotencyKey?: string } = {},
): Promise<TResult> {
  const session = useSession();
  const query = document.toString();
  let response: Response;
  try {
    response = await sendWithRetries(query, (extraHeaders) =>
      fetch('/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(session.state.token ? { authorization: `Bearer ${session.state.token}` } : {}),
          ...(options.mutationId ? { [MUTATION_ID_HEADER]: options.mutationId } : {}),
          ...extraHeaders,
          // A caller that may send the same create again later (a batch retried) keeps its own key.
          ...(options.idempotencyKey && extraHeaders[IDEMPOTENCY_KEY_HEADER] ? { [IDEMPOTENCY_KEY_HEADER]: options.idempotencyKey } : {}),
        },
        body: JSON.stringify({ query, variables }),
      }),
    );
  } catch {
    throw new ApiError('Network unavailable', 'NETWORK');
  }
  const body = (await response.json().catch(() => null)) as {
    data?: TResult;
    errors?: Array<{
      message: string;
      extensions?: {
        code?: ErrorCode;
        fieldErrors?: FieldError[];
        current?: unknown;
        retryAfterSeconds?: number;
        limit?: 'ACCOUNT' | 'ADDRESS';
        reason?: RefusalReason;
        params?: Record<string, string | number>;
      };
    }>;
  } | null;
  const error = body?.errors?.[0];
  if (error) {
    const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    if (code === 'UNAUTHENTICATED' && session.state.token) endSession();
    const retryAfterSeconds = error.extensions?.retryAfterSeconds;
    const retry = typeof retryAfterSeconds === 'number' ? { afterSeconds: retryAfterSeconds, limit: error.extensions?.limit } : null;
    const reason = error.extensions?.reason;
    const refusal = reason ? { reason, params: error.extensions?.params ?? {} } : null;
    throw new ApiError(error.message, code, error.extensions?.fieldErrors ?? [], error.extensions?.current ?? null, retry, refusal);
  }
  if (!body?.data) throw new ApiError(`HTTP ${response.status}`, 'NETWORK');
  return body.data;
}
