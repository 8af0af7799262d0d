import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardEvent, LeadCardData } from '@prospek/shared';
import { databaseTargets } from '../helpers/databases.js';
import { UPDATE, createLead } from '../helpers/leads.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { joinBoard } from '../helpers/sockets.js';
import type { Listener } from '../helpers/sockets.js';

/** A lead card's offer line follows its latest offer on every board that shows the card. */
describe.each(databaseTargets)('offer changes on lead boards on $kind', (target) => {
  let server: TestServer;
  let officer: string;
  let officer2: string;
  let watcher: Listener;
  let outsider: Listener;
  let kur: string;

  beforeAll(async () => {
    server = await startServer(target);
    [officer, officer2] = await Promise.all([server.login('officer1@prospek.test'), server.login('officer2@prospek.test')]);
    const manager = await server.login('manager@prospek.test');
    watcher = await joinBoard(server.url, manager);
    // An officer of the Bandung branch: the head office's leads are not theirs to see.
    outsider = await joinBoard(server.url, officer2);
    const products = expectData(
      await server.gql<{ products: { nodes: Array<{ id: string; code: string }> } }>('{ products(first: 100) { nodes { id code } } }', {}, { token: officer }),
    ).products;
    kur = products.nodes.find((p) => p.code === 'KUR-MIKRO')?.id ?? '';
    // Whatever the demo data left due expires now, so the counts below are this suite's own.
    await server.app.services.offers.expireDue();
  });
  afterAll(async () => {
    watcher?.close();
    outsider?.close();
    await server?.close();
  });

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  /**
   * Proves `listener` has heard everything sent so far: a new lead of `token`'s reaches it, and events
   * arrive in the order they were sent. Resolves with that lead's id.
   */
  const sentinel = async (listener: Listener, token: string) => {
    const lead = await createLead(server, token, { fullName: 'Penanda Urutan' });
    await listener.next((e) => e.card.id === lead.id);
    return lead.id;
  };
  const createOffer = async (leadId: string, amount = '30000000.00') =>
    expectData(
      await server.gql<{ createOffer: { id: string } }>(
        `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
        {
          input: { leadId, productId: kur, amount, tenorMonths: 12, annualRate: 6 },
        },
        { token: officer },
      ),
    ).createOffer.id;
  const act = (name: 'presentOffer' | 'acceptOffer', id: string, mutationId?: string) =>
    server.gql(`mutation($id: ID!) { ${name}(id: $id) { id status } }`, { id }, { token: officer, mutationId });
  const offerLine = (event: BoardEvent) => (event.card as LeadCardData).latestOffer;
  const leadVersion = async (id: string) =>
    expectData(await server.gql<{ lead: { version: number } }>(`query($id: ID!) { lead(id: $id) { version } }`, { id }, { token: officer })).lead.version;
  const eventsOf = (listener: Listener, id: string) => listener.events.filter((e) => e.card.id === id);

  it('announces each change of the latest offer with a newer lead version, and not an older offer’s', async () => {
    const lead = await createLead(server, officer, { fullName: 'Penawaran Langsung', segment: 'MICRO' });
    const created = await watcher.next((e) => e.type === 'created' && e.card.id === lead.id);

    const first = await createOffer(lead.id);
    const drafted = await watcher.next((e) => e.card.id === lead.id && offerLine(e)?.status === 'DRAFT');
    expect(drafted).toMatchObject({ type: 'updated', card: { latestOffer: { id: first, product: { name: 'KUR Mikro' } } } });
    expect(drafted.version).toBeGreaterThan(created.version);

    // A NEW lead moves on when its offer is presented: one `moved`, already carrying the offer line.
    expectData(await act('presentOffer', first, 'present-1'));
    const presented = await watcher.next((e) => e.type === 'moved' && e.card.id === lead.id);
    expect(presented).toMatchObject({ mutationId: 'present-1', card: { stage: 'PRESENTED', latestOffer: { id: first, status: 'PRESENTED' } } });
    expect(presented.version).toBeGreaterThan(drafted.version);

    const second = await createOffer(lead.id, '40000000.00');
    const newer = await watcher.next((e) => e.card.id === lead.id && offerLine(e)?.id === second);
    expect(newer.version).toBeGreaterThan(presented.version);

    // Declining the older offer leaves the card as it is: no event, no version change.
    const seen = eventsOf(watcher, lead.id).length;
    const versionBefore = await leadVersion(lead.id);
    expectData(await server.gql(`mutation($id: ID!) { declineOffer(id: $id, reason: "Pilih plafon lebih besar") { id } }`, { id: first }, { token: officer }));
    await sentinel(watcher, officer);
    expect(eventsOf(watcher, lead.id).length).toBe(seen);
    expect(await leadVersion(lead.id)).toBe(versionBefore);

    // Presented in a later stage: the stage stays, the offer line changes.
    expectData(await act('presentOffer', second));
    const shown = await watcher.next((e) => e.card.id === lead.id && offerLine(e)?.id === second && offerLine(e)?.status === 'PRESENTED');
    expect(shown).toMatchObject({ type: 'updated', card: { stage: 'PRESENTED' } });
    expectData(await act('acceptOffer', second, 'accept-2'));
    const accepted = await watcher.next((e) => e.card.id === lead.id && offerLine(e)?.status === 'ACCEPTED');
    expect(accepted).toMatchObject({ type: 'updated', mutationId: 'accept-2' });
    expect(accepted.version).toBeGreaterThan(shown.version);

    // The version the card carries is the lead's: an edit naming it goes through.
    expect(await leadVersion(lead.id)).toBe(accepted.version);
    expectData(await server.gql(UPDATE, { input: { id: lead.id, expectedVersion: accepted.version, companyName: 'UD Sesudah Akad' } }, { token: officer }));

    const audit: Array<{ action: string }> = await server.app.dataSource.query(
      `SELECT ${q('action')} FROM ${q('audit_entry')} WHERE ${q('entityType')} = 'Offer' AND ${q('entityId')} IN (?, ?) ORDER BY ${q('id')}`,
      [first, second],
    );
    expect(audit.map((a) => a.action)).toEqual(['create', 'present', 'create', 'decline', 'present', 'accept']);
    await sentinel(outsider, officer2);
    expect(eventsOf(outsider, lead.id)).toEqual([]);
  });

  it('emits nothing for a refused offer change', async () => {
    const lead = await createLead(server, officer, { segment: 'MICRO' });
    await watcher.next((e) => e.card.id === lead.id);
    const offer = await createOffer(lead.id);
    await watcher.next((e) => e.card.id === lead.id && offerLine(e)?.id === offer);
    const seen = watcher.events.length;
    expect(errorCode(await act('acceptOffer', offer))).toBe('CONFLICT');
    expect(errorCode(await server.gql(`mutation($id: ID!) { acceptOffer(id: $id) { id } }`, { id: offer }, { token: officer2 }))).toBe('NOT_FOUND');
    const bad = await server.gql(
      `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
      {
        input: { leadId: lead.id, productId: kur, amount: '1.00', tenorMonths: 12, annualRate: 6 },
      },
      { token: officer },
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const marker = await sentinel(watcher, officer);
    expect(watcher.events.slice(seen).filter((e) => e.card.id !== marker)).toEqual([]);
  });

  it('expires due offers one by one: each audited, each lead announced once after commit', async () => {
    const leads = [await createLead(server, officer, { fullName: 'Kedaluwarsa Satu' }), await createLead(server, officer, { fullName: 'Kedaluwarsa Dua' })];
    const offers: string[] = [];
    for (const lead of leads) {
      offers.push(await createOffer(lead.id));
      expectData(await act('presentOffer', offers[offers.length - 1]));
    }
    // Two due offers on the second lead: its card still hears once.
    offers.push(await createOffer(leads[1].id));
    await watcher.next((e) => e.card.id === leads[0].id && offerLine(e)?.id === offers[0] && offerLine(e)?.status === 'PRESENTED');
    await watcher.next((e) => e.card.id === leads[1].id && offerLine(e)?.id === offers[2]);
    const before = await Promise.all(leads.map((l) => leadVersion(l.id)));
    await server.app.dataSource.query(`UPDATE ${q('offer')} SET ${q('validUntil')} = ? WHERE ${q('id')} IN (?, ?, ?)`, ['2020-01-01', ...offers.map(Number)]);

    expect(await server.app.services.offers.expireDue()).toBe(3);
    for (const [i, lead] of leads.entries()) {
      const expired = await watcher.next((e) => e.card.id === lead.id && offerLine(e)?.status === 'EXPIRED');
      expect(expired.type).toBe('updated');
      expect(expired.mutationId).toBeNull();
      expect(expired.version).toBe(before[i] + 1);
    }
    await Promise.all([sentinel(watcher, officer), sentinel(outsider, officer2)]);
    expect(eventsOf(watcher, leads[1].id).filter((e) => offerLine(e)?.status === 'EXPIRED')).toHaveLength(1);
    expect(leads.flatMap((l) => eventsOf(outsider, l.id))).toEqual([]);
    const audit: Array<{ entityId: string; actorId: number | null; after: string }> = await server.app.dataSource.query(
      `SELECT ${q('entityId')}, ${q('actorId')}, ${q('after')} FROM ${q('audit_entry')} WHERE ${q('action')} = 'expire' AND ${q('entityId')} IN (?, ?, ?)`,
      offers,
    );
    expect(audit.map((a) => a.entityId).sort()).toEqual([...offers].sort());
    expect(audit.every((a) => a.actorId === null && JSON.parse(a.after).status === 'EXPIRED')).toBe(true);
    // Nothing left to expire: nothing written, nothing said.
    const seen = watcher.events.length;
    expect(await server.app.services.offers.expireDue()).toBe(0);
    const marker = await sentinel(watcher, officer);
    expect(watcher.events.slice(seen).filter((e) => e.card.id !== marker)).toEqual([]);
  });
});
