import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { ARCHIVE, UPDATE, createLead, moveLead } from '../helpers/leads.js';
import { errorCode, expectData, forgeToken, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { connect, joinBoard } from '../helpers/sockets.js';
import type { Listener } from '../helpers/sockets.js';

describe.each(databaseTargets)('lead board events on $kind', (target) => {
  let server: TestServer;
  let officer: string;
  let manager: string;
  let watcher: Listener;

  beforeAll(async () => {
    server = await startServer(target);
    officer = await server.login('officer1@prospek.test');
    manager = await server.login('manager@prospek.test');
    watcher = await joinBoard(server.url, manager);
  });
  afterAll(async () => {
    watcher?.close();
    await server?.close();
  });

  it('delivers create, update, move and archive to a second connection with their versions', async () => {
    const lead = await createLead(server, officer, { fullName: 'Realtime Rahmat' });
    const created = await watcher.next((e) => e.type === 'created' && e.card.id === lead.id);
    expect(created).toMatchObject({ board: 'leads', version: 1, card: { fullName: 'Realtime Rahmat', stage: 'NEW', estimatedAmount: '25000000.00' } });

    expectData(await server.gql(UPDATE, { input: { id: lead.id, expectedVersion: 1, companyName: 'CV Waktu Nyata' } }, { token: officer }));
    const updated = await watcher.next((e) => e.type === 'updated' && e.card.id === lead.id);
    expect(updated).toMatchObject({ version: 2, card: { companyName: 'CV Waktu Nyata' } });

    expectData(await moveLead(server, officer, { id: lead.id, stage: 'PRESENTED', expectedVersion: 2 }, 'move-123'));
    const moved = await watcher.next((e) => e.type === 'moved' && e.card.id === lead.id);
    expect(moved).toMatchObject({ version: 3, mutationId: 'move-123', card: { stage: 'PRESENTED' } });
    expect(moved.actorId).toBe(String(lead.ownerId));

    expectData(await server.gql(ARCHIVE, { id: lead.id }, { token: officer }));
    const removed = await watcher.next((e) => e.type === 'removed' && e.card.id === lead.id);
    expect(removed.version).toBe(4);
  });

  it('carries what the database holds', async () => {
    const lead = await createLead(server, officer, { phone: '0812 5555 0001' });
    const event = await watcher.next((e) => e.type === 'created' && e.card.id === lead.id);
    const q = (name: string) => server.app.dataSource.driver.escape(name);
    const [row] = await server.app.dataSource.query(`SELECT ${q('phone')}, ${q('position')}, ${q('version')} FROM ${q('lead')} WHERE ${q('id')} = ?`, [
      Number(lead.id),
    ]);
    expect(event.card).toMatchObject({ phone: row.phone, position: row.position, version: Number(row.version) });
  });

  it('emits nothing for a refused mutation', async () => {
    const lead = await createLead(server, officer);
    await watcher.next((e) => e.card.id === lead.id);
    const before = watcher.events.length;
    expect(errorCode(await moveLead(server, officer, { id: lead.id, stage: 'CONTACTED', expectedVersion: 7 }))).toBe('CONFLICT');
    expect(errorCode(await moveLead(server, officer, { id: lead.id, stage: 'LOST', expectedVersion: 1 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await server.gql(UPDATE, { input: { id: lead.id, expectedVersion: 1, nik: '12' } }, { token: officer }))).toBe('BAD_USER_INPUT');
    // Events reach a socket in the order they were sent: once a later lead's event is here, any the
    // refusals had sent would be too.
    const sentinel = await createLead(server, officer, { fullName: 'Penanda Urutan' });
    await watcher.next((e) => e.card.id === sentinel.id);
    expect(watcher.events.slice(before).filter((e) => e.card.id !== sentinel.id)).toEqual([]);
  });

  it('refuses a connection without a valid token', async () => {
    for (const token of [null, 'not-a-token', forgeToken(officer)]) {
      const socket = connect(server.url, token);
      const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
      expect(error.message).toBe('UNAUTHENTICATED');
      socket.close();
    }
  });

  it('answers a join to an unknown board with an error', async () => {
    const socket = connect(server.url, officer);
    await new Promise((resolve) => socket.once('connect', () => resolve(undefined)));
    const ack = await new Promise((resolve) => socket.emit('board:join', { board: 'nope' as 'leads' }, resolve));
    expect(ack).toEqual({ ok: false, error: 'UNKNOWN_BOARD' });
    socket.close();
  });
});
