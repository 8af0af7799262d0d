/**
 * Restoring an archived lead: through the board kernel's versioned archive, back at the key it kept, one
 * version on, announced as a card come back to exactly the boards that see it; refused as NOT_FOUND to
 * whoever does not reach it, FORBIDDEN to a reader who may not change it, CONFLICT on a stale version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInStaff } from '../helpers/access.js';
import type { Staff } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { ARCHIVE, CARD_FIELDS, createLead, fetchBoard, uniquePhone } from '../helpers/leads.js';
import type { Card } from '../helpers/leads.js';
import { errorCode, expectData } from '../helpers/server.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { joinBoard } from '../helpers/sockets.js';
import type { Listener } from '../helpers/sockets.js';

const RESTORE = `mutation Restore($id: ID!, $v: Int) { restoreLead(id: $id, expectedVersion: $v) { ${CARD_FIELDS} } }`;

describe.each(databaseTargets)('restoring an archived lead on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  /** The head office's manager, who sees officer1's leads; officer2, who does not. */
  let manager: Listener<'leads'>;
  let officer2: Listener<'leads'>;

  beforeAll(async () => {
    server = await startServer(target);
    staff = await signInStaff(server);
    manager = await joinBoard(server.url, staff.tokens.manager);
    officer2 = await joinBoard(server.url, staff.tokens.officer2);
  });
  afterAll(async () => {
    manager?.close();
    officer2?.close();
    await server?.close();
  });

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const archive = async (lead: Card, token = staff.tokens.officer1) =>
    expectData(await server.gql<{ archiveLead: Card }>(ARCHIVE, { id: lead.id }, { token })).archiveLead;
  const restore = (id: string, token: string, v?: number) => server.gql<{ restoreLead: Card }>(RESTORE, { id, v }, { token });
  const row = async (id: string) => {
    const [found]: Array<{ version: number; archivedAt: unknown; position: string }> = await server.app.dataSource.query(
      `SELECT ${q('version')}, ${q('archivedAt')}, ${q('position')} FROM ${q('lead')} WHERE ${q('id')} = ?`,
      [id],
    );
    return { version: Number(found.version), archived: found.archivedAt !== null, position: found.position };
  };

  it('brings the card back where it was, one version on, and tells the boards that see it', async () => {
    const officer1 = staff.tokens.officer1;
    // New cards go on top: the column reads Ketiga, Kedua, Pertama.
    const first = await createLead(server, officer1, { fullName: 'Pulih Pertama' });
    const second = await createLead(server, officer1, { fullName: 'Pulih Kedua' });
    const third = await createLead(server, officer1, { fullName: 'Pulih Ketiga' });
    const archived = await archive(second);
    expect(archived.version).toBe(2);

    const restored = expectData(await restore(second.id, officer1, archived.version)).restoreLead;
    expect(restored).toMatchObject({ id: second.id, stage: 'NEW', position: second.position, version: 3, archivedAt: null });
    const column = (await fetchBoard(server, officer1, { filter: { search: 'Pulih' } })).find((c) => c.stage === 'NEW')!;
    expect(column.cards.map((c) => c.id)).toEqual([third.id, second.id, first.id]);

    // The boards that see it get the card back; officer2's board, which never showed it, hears nothing of it.
    const heard = await manager.next((e) => e.card.id === second.id && e.version === 3);
    expect(heard).toMatchObject({ type: 'created', actorId: staff.ids.officer1, card: { id: second.id, stage: 'NEW', position: second.position } });
    const own = await createLead(server, staff.tokens.officer2, { fullName: 'Penanda Petugas Dua' });
    await officer2.next((e) => e.card.id === own.id);
    expect(officer2.events.filter((e) => [first.id, second.id, third.id].includes(e.card.id))).toEqual([]);

    const [audit]: Array<{ action: string; actorId: number }> = await server.app.dataSource.query(
      `SELECT ${q('action')}, ${q('actorId')} FROM ${q('audit_entry')} WHERE ${q('entityType')} = 'Lead' AND ${q('entityId')} = ? ORDER BY ${q('id')} DESC`,
      [second.id],
    );
    expect(audit).toMatchObject({ action: 'restore', actorId: Number(staff.ids.officer1) });
  });

  it('answers NOT_FOUND outside the lead’s reach and FORBIDDEN to a reader, writing nothing; a manager above restores it', async () => {
    const campaign = expectData(
      await server.gql<{ campaigns: { nodes: Array<{ id: string; officeId: string }> } }>(
        '{ campaigns(first: 100) { nodes { id officeId } } }',
        {},
        { token: staff.tokens.marketing },
      ),
    ).campaigns.nodes.find((c) => c.officeId === staff.offices.ho)!;
    // Marketing reads the leads its office's campaigns brought, but changes none.
    const lead = await createLead(server, staff.tokens.officer1, { fullName: 'Pulih Terjangkau', campaignId: campaign.id });
    const archived = await archive(lead);
    const before = await row(lead.id);

    for (const who of ['officer2', 'officer4', 'managerBdg', 'marketingBdg'] as const) {
      expect(errorCode(await restore(lead.id, staff.tokens[who], archived.version)), who).toBe('NOT_FOUND');
    }
    expect(errorCode(await restore(lead.id, staff.tokens.marketing, archived.version))).toBe('FORBIDDEN');
    expect(errorCode(await restore('999999999', staff.tokens.officer1))).toBe('NOT_FOUND');
    expect(await row(lead.id)).toEqual(before);

    const restored = expectData(await restore(lead.id, staff.tokens.manager, archived.version)).restoreLead;
    expect(restored).toMatchObject({ archivedAt: null, version: archived.version + 1 });
    expect(await row(lead.id)).toEqual({ ...before, archived: false, version: archived.version + 1 });
  });

  it('refuses a stale version with the lead as it is, and changes nothing for a lead already on the board', async () => {
    const officer1 = staff.tokens.officer1;
    const lead = await createLead(server, officer1, { fullName: 'Pulih Versi' });
    const archived = await archive(lead);

    const stale = await restore(lead.id, officer1, lead.version);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.current).toMatchObject({ id: lead.id, version: archived.version });
    expect(await row(lead.id)).toMatchObject({ archived: true, version: archived.version });

    // Without a version, the one loaded is written over.
    const restored = expectData(await restore(lead.id, officer1)).restoreLead;
    expect(restored.version).toBe(archived.version + 1);
    const again = expectData(await restore(lead.id, officer1, archived.version)).restoreLead;
    expect(again).toMatchObject({ archivedAt: null, version: restored.version });
    expect(await row(lead.id)).toMatchObject({ archived: false, version: restored.version });
  });

  it('refuses to bring back a second open lead for one phone', async () => {
    const officer1 = staff.tokens.officer1;
    const phone = uniquePhone();
    const gone = await createLead(server, officer1, { fullName: 'Pulih Kembar', phone });
    const archived = await archive(gone);
    await createLead(server, officer1, { fullName: 'Pulih Kembar Baru', phone });
    const refused = await restore(gone.id, officer1, archived.version);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fieldErrors[0]).toMatchObject({ field: 'phone', code: 'DUPLICATE' });
    expect(await row(gone.id)).toMatchObject({ archived: true, version: archived.version });
  });
});
