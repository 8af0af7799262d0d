/** Uploading bank statements over HTTP and waiting for their matching job, for the reconciliation suites. */
import { expectData } from './server.js';
import type { TestServer } from './server.js';

export interface UploadAnswer {
  status: number;
  body: Record<string, any>;
}

export async function uploadStatement(
  server: TestServer,
  token: string,
  fileName: string,
  body: string | Buffer,
  query: Record<string, string> = {},
): Promise<UploadAnswer> {
  const params = new URLSearchParams({ fileName, ...query });
  const response = await fetch(`${server.url}/api/bank-statements?${params}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(typeof body === 'string' ? Buffer.from(body, 'utf8') : body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

/** Resolves once the statement's matching job has gone through every line (its status DONE). */
export async function matched(server: TestServer, token: string, id: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { bankStatement } = expectData(
      await server.gql<{ bankStatement: { status: string } }>('query($id: ID!) { bankStatement(id: $id) { status } }', { id }, { token }),
    );
    if (bankStatement.status === 'DONE') return;
    if (bankStatement.status === 'FAILED' || Date.now() > until) throw new Error(`statement ${id} is ${bankStatement.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
