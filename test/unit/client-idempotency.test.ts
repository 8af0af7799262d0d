import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Kind, parse } from 'graphql';
import type { FieldNode, OperationDefinitionNode } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { IDEMPOTENT_MUTATIONS } from '@prospek/shared';
import { idempotentMutation, sendWithRetries } from '../../client/src/api/idempotency.js';
import * as documents from '../../client/src/api/generated/graphql.js';

const CREATE_LEAD = String(documents.CreateLeadDocument);
const UPDATE_LEAD = String(documents.UpdateLeadDocument);

/** A real HTTP endpoint whose n-th request is answered by `answers[n]` ('drop' closes the socket unanswered). */
async function endpoint(answers: Array<number | 'drop'>) {
  const keys: Array<string | undefined> = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const answer = answers[keys.length] ?? 200;
    keys.push(req.headers['idempotency-key'] as string | undefined);
    req.resume();
    if (answer === 'drop') return void req.socket.destroy();
    res.writeHead(answer, { 'content-type': 'application/json', connection: 'close' }).end('{"data":{}}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  open.push(server);
  const send = (headers: Record<string, string>) => fetch(url, { method: 'POST', headers: { ...headers, connection: 'close' }, body: '{}' });
  return { keys, send };
}
const open: Array<ReturnType<typeof createServer>> = [];
afterEach(async () => {
  for (const server of open.splice(0)) await new Promise((resolve) => server.close(resolve));
});

describe('the web client’s Idempotency-Key', () => {
  it('recognises every generated mutation the server keeps answers for, and no other', () => {
    const mutations = Object.values(documents)
      .map(String)
      .filter((text) => /^\s*mutation\b/.test(text));
    expect(mutations.length).toBeGreaterThan(30);
    for (const text of mutations) {
      const operation = parse(text).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
      const field = (operation.selectionSet.selections[0] as FieldNode).name.value;
      expect(idempotentMutation(text), field).toBe((IDEMPOTENT_MUTATIONS as readonly string[]).includes(field) ? field : null);
    }
    expect(idempotentMutation(CREATE_LEAD)).toBe('createLead');
    expect(idempotentMutation('query { createLead }')).toBeNull();
  });

  it('sends a create again after a lost answer or a busy key, with one key for all attempts', async () => {
    const { keys, send } = await endpoint(['drop', 409, 200]);
    const response = await sendWithRetries(CREATE_LEAD, send, { delaysMs: [10, 10] });
    expect(response.status).toBe(200);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);

    const next = await endpoint([200]);
    await sendWithRetries(CREATE_LEAD, next.send);
    expect(next.keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(next.keys[0]).not.toBe(keys[0]);
  });

  it('gives up after its attempts, and never resends a mutation without a key', async () => {
    const lost = await endpoint(['drop', 'drop', 'drop', 200]);
    await expect(sendWithRetries(CREATE_LEAD, lost.send, { delaysMs: [10, 10] })).rejects.toThrow();
    expect(lost.keys).toHaveLength(3);

    const update = await endpoint(['drop', 200]);
    await expect(sendWithRetries(UPDATE_LEAD, update.send, { delaysMs: [10, 10] })).rejects.toThrow();
    expect(update.keys).toEqual([undefined]);
  });
});
