/**
 * Retries of creates: each call of a mutation that honours `Idempotency-Key` gets a fresh key, and
 * every attempt of that call sends the same key, so the server runs it once however often it is sent.
 * Other mutations are never sent twice: a lost answer there is reported, not guessed at.
 */
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_MUTATIONS } from '@prospek/shared';

const ROOT_FIELD = /^\s*mutation\b[^{]*\{\s*(?:\w+\s*:\s*)?(\w+)/;

/** The mutation field a document runs when the server keeps its answer per key, else null. */
export function idempotentMutation(query: string): string | null {
  const field = ROOT_FIELD.exec(query)?.[1] ?? null;
  return field !== null && (IDEMPOTENT_MUTATIONS as readonly string[]).includes(field) ? field : null;
}

/** Pauses before the second and third attempt. */
export const RETRY_DELAYS_MS: readonly number[] = [500, 1500];

/**
 * No answer at all, a gateway that lost the server (502–504), or the server still running the first
 * attempt of this key (409): worth sending again with the same key. Any GraphQL answer is final.
 */
function worthRetrying(response: Response | null): boolean {
  return response === null || response.status === 409 || response.status === 502 || response.status === 503 || response.status === 504;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends one operation, adding the key header for an idempotent mutation and retrying it with that
 * key after a network failure. Throws the last network error when no attempt got an answer.
 */
export async function sendWithRetries(
  query: string,
  send: (headers: Record<string, string>) => Promise<Response>,
  options: { delaysMs?: readonly number[]; newKey?: () => string } = {},
): Promise<Response> {
  if (idempotentMutation(query) === null) return send({});
  const headers = { [IDEMPOTENCY_KEY_HEADER]: (options.newKey ?? (() => crypto.randomUUID()))() };
  const delays = options.delaysMs ?? RETRY_DELAYS_MS;
  for (let attempt = 0; ; attempt++) {
    let response: Response | null = null;
    let failure: unknown = null;
    try {
      response = await send(headers);
    } catch (error) {
      failure = error;
    }
    if (attempt >= delays.length || !worthRetrying(response)) {
      if (response) return response;
      throw failure;
    }
    await pause(delays[attempt]);
  }
}
