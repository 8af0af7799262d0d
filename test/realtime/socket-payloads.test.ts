/**
 * Whatever a signed-in client sends on a socket, the server refuses it and stays up: every
 * client-to-server event gets malformed payloads, with and without an acknowledgement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '@prospek/shared';
import { databaseTargets } from '../helpers/databases.js';
import { createLead } from '../helpers/leads.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { connect, joinBoard } from '../helpers/sockets.js';
import type { ClientSocket } from '../helpers/sockets.js';

const EVENTS = ['board:join', 'board:leave'] as const;

const HUGE = 'x'.repeat(100_000);
const MALFORMED: Array<[string, unknown]> = [
  ['board with a toString', { board: { toString: 'leads' } }],
  ['board with a valueOf', { board: { valueOf: 'leads' } }],
  ['payload with a toString', { toString: 'leads', valueOf: 7 }],
  ['board as an array', { board: ['leads'] }],
  ['payload as an array', ['leads']],
  ['100 KB board name', { board: HUGE }],
  ['100 KB string payload', HUGE],
  ['null payload', null],
  ['null board', { board: null }],
  ['number payload', 42],
  ['number board', { board: 1 }],
  ['boolean payload', true],
  ['empty object', {}],
  ['unknown board', { board: 'ledger' }],
  ['board named like a prototype key', { board: '__proto__' }],
  ['board named constructor', { board: 'constructor' }],
];

function connected(socket: ClientSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

/** Emits a raw event (the typed client would refuse these payloads) and waits for its acknowledgement. */
function emitRaw(socket: ClientSocket, event: string, ...args: unknown[]): Promise<Ack> {
  const raw = socket as unknown as { timeout(ms: number): { emit(event: string, ...args: unknown[]): void } };
  return new Promise((resolve, reject) => raw.timeout(5000).emit(event, ...args, (error: Error | null, ack: Ack) => (error ? reject(error) : resolve(ack))));
}

describe.each(databaseTargets)('socket payloads on $kind', (target) => {
  let server: TestServer;
  let officer: string;
  let socket: ClientSocket;

  beforeAll(async () => {
    server = await startServer(target);
    officer = await server.login('officer1@prospek.test');
    socket = connect(server.url, officer);
    await connected(socket);
  });
  afterAll(async () => {
    socket?.close();
    await server?.close();
  });

  for (const event of EVENTS) {
    it.each(MALFORMED)(`${event} refuses a %s`, async (_name, payload) => {
      const ack = await emitRaw(socket, event, payload);
      expect(ack).toEqual({ ok: false, error: 'UNKNOWN_BOARD' });
    });

    it(`${event} without an acknowledgement, or with a non-function one, leaves the socket working`, async () => {
      const raw = socket as unknown as { emit(event: string, ...args: unknown[]): void };
      for (const [, payload] of MALFORMED) {
        raw.emit(event, payload);
        raw.emit(event, payload, 'not a function');
        raw.emit(event);
      }
      raw.emit(event, { board: 'leads' });
      // The socket still answers afterwards, in order, on the same connection.
      expect(await emitRaw(socket, 'board:join', { board: 'leads' })).toEqual({ ok: true });
      expect(socket.connected).toBe(true);
    });
  }

  it('ignores events it does not know', async () => {
    const raw = socket as unknown as { emit(event: string, ...args: unknown[]): void };
    raw.emit('lead:delete', { id: 1 });
    raw.emit('__proto__', { board: 'leads' });
    expect(await emitRaw(socket, 'board:join', { board: 'tasks' })).toEqual({ ok: true });
  });

  it('stays up: /healthz answers, and a normal join then receives live events', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);

    const watcher = await joinBoard(server.url, officer);
    try {
      const lead = await createLead(server, officer, { fullName: 'Setelah Serangan' });
      const created = await watcher.next((e) => e.type === 'created' && e.card.id === lead.id);
      expect(created.card).toMatchObject({ fullName: 'Setelah Serangan' });
    } finally {
      watcher.close();
    }
  });
});
