/**
 * Socket rooms follow the access rules at the moment of sending: an officer hears only their own leads
 * (and their office's pool), a manager their offices', and a lead that changes hands leaves its former
 * owner's board. "Never received" is checked behind a later event the same socket does receive: a
 * socket gets its messages in the order they were sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardEvent } from '@prospek/shared';
import { signInStaff } from '../helpers/access.js';
import type { Staff, Who } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { UPDATE, createLead } from '../helpers/leads.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { joinBoard } from '../helpers/sockets.js';
import type { Listener } from '../helpers/sockets.js';

const about = (id: string) => (e: BoardEvent) => e.card.id === id;
const ownerOf = (e: BoardEvent) => ('ownerId' in e.card ? e.card.ownerId : undefined);
const companyOf = (e: BoardEvent) => ('companyName' in e.card ? e.card.companyName : undefined);

describe.each(databaseTargets)('lead events by access on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  let campaignId: string;
  const boards = {} as Record<Who, Listener>;
  const LISTENERS: Who[] = ['officer1', 'officer2', 'officer3', 'officer4', 'manager', 'managerBdg', 'marketing', 'admin'];

  beforeAll(async () => {
    server = await startServer(target);
    staff = await signInStaff(server);
    campaignId = expectData(
      await server.gql<{ createCampaign: { id: string } }>(
        `mutation($input: CampaignFieldsInput!) { createCampaign(input: $input) { id } }`,
        { input: { name: 'Brosur Pasar', channel: 'BROCHURE', startDate: '2026-11-01', endDate: '2026-12-31', status: 'ACTIVE' } },
        { token: staff.tokens.marketing },
      ),
    ).createCampaign.id;
    for (const who of LISTENERS) boards[who] = await joinBoard(server.url, staff.tokens[who]);
  });
  afterAll(async () => {
    for (const board of Object.values(boards)) board.close();
    await server?.close();
  });

  /**
   * A lead `who` creates (marketing: through its campaign), once `who`'s own board has heard of it:
   * everything sent to that socket before has arrived.
   */
  async function sentinel(who: Who): Promise<void> {
    const lead = await createLead(server, staff.tokens[who], { fullName: `Penanda ${who}`, ...(who === 'marketing' ? { campaignId } : {}) });
    await boards[who].next((e) => e.type === 'created' && e.card.id === lead.id);
  }
  const update = async (who: Who, id: string, companyName: string) => {
    const version = expectData(
      await server.gql<{ lead: { version: number } }>(`query($id: ID!) { lead(id: $id) { version } }`, { id }, { token: staff.tokens[who] }),
    ).lead.version;
    return expectData(
      await server.gql<{ updateLead: { version: number } }>(UPDATE, { input: { id, expectedVersion: version, companyName } }, { token: staff.tokens[who] }),
    ).updateLead;
  };

  it('tells an officer only about their own leads, a manager about their offices’, an admin about all', async () => {
    const a = await createLead(server, staff.tokens.officer1, { fullName: 'Milik Rina' });
    const b = await createLead(server, staff.tokens.officer4, { fullName: 'Milik Fajar' });
    const bdg = await createLead(server, staff.tokens.officer2, { fullName: 'Milik Agus' });
    await update('officer1', a.id, 'CV Rina');
    for (const id of [a.id, b.id, bdg.id]) {
      await boards.manager.next((e) => e.type === 'created' && e.card.id === id);
      await boards.admin.next((e) => e.type === 'created' && e.card.id === id);
    }
    await boards.manager.next((e) => e.type === 'updated' && e.card.id === a.id);
    await boards.officer1.next((e) => e.type === 'updated' && e.card.id === a.id);
    await boards.officer4.next(about(b.id));
    await boards.managerBdg.next(about(bdg.id));

    for (const who of ['officer2', 'officer3', 'officer4', 'managerBdg', 'marketing'] as const) await sentinel(who);
    await sentinel('officer1');
    expect(boards.officer4.events.filter(about(a.id))).toEqual([]);
    expect(boards.officer1.events.filter(about(b.id))).toEqual([]);
    for (const who of ['officer2', 'officer3', 'managerBdg', 'marketing'] as const) {
      expect(
        boards[who].events.filter((e) => e.card.id === a.id || e.card.id === b.id),
        who,
      ).toEqual([]);
    }
    expect(boards.officer3.events.filter(about(bdg.id))).toEqual([]);
  });

  it('tells the officers of an office about its pool until one of them claims the lead', async () => {
    const campaign = expectData(
      await server.gql<{ campaigns: { nodes: Array<{ id: string; status: string }> } }>(
        '{ campaigns(first: 100) { nodes { id status } } }',
        {},
        { token: staff.tokens.marketing },
      ),
    ).campaigns.nodes.find((c) => c.status === 'ACTIVE')!;
    const pool = expectData(
      await server.gql<{ createLead: { id: string } }>(
        `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
        { input: { fullName: 'Dari Brosur', source: 'BROCHURE', estimatedAmount: '10000000.00', campaignId: campaign.id } },
        { token: staff.tokens.marketing },
      ),
    ).createLead;
    // Marketing's lead, brought by its campaign and owned by no one, waits in the head office's pool.
    await boards.officer1.next((e) => e.type === 'created' && e.card.id === pool.id);
    await boards.officer4.next((e) => e.type === 'created' && e.card.id === pool.id);
    expectData(await server.gql(`mutation($id: ID!) { claimLead(id: $id) { id } }`, { id: pool.id }, { token: staff.tokens.officer1 }));
    const claimed = await boards.officer1.next((e) => e.type === 'updated' && e.card.id === pool.id);
    expect(ownerOf(claimed)).toBe(staff.ids.officer1);
    const gone = await boards.officer4.next((e) => e.type === 'removed' && e.card.id === pool.id);
    expect(gone.version).toBe(claimed.version);
    await update('officer1', pool.id, 'Toko Klaim');
    await boards.officer1.next((e) => e.type === 'updated' && e.card.id === pool.id && companyOf(e) === 'Toko Klaim');
    await sentinel('officer4');
    await sentinel('officer2');
    expect(boards.officer4.events.filter(about(pool.id)).map((e) => e.type)).toEqual(['created', 'removed']);
    expect(boards.officer2.events.filter(about(pool.id))).toEqual([]);
  });

  it('takes a lead off the campaign team’s board when it no longer carries their campaign', async () => {
    const lead = await createLead(server, staff.tokens.officer1, { fullName: 'Dari Kampanye', campaignId });
    await boards.marketing.next((e) => e.type === 'created' && e.card.id === lead.id);
    const version = expectData(
      await server.gql<{ lead: { version: number } }>(`query($id: ID!) { lead(id: $id) { version } }`, { id: lead.id }, { token: staff.tokens.officer1 }),
    ).lead.version;
    expectData(await server.gql(UPDATE, { input: { id: lead.id, expectedVersion: version, campaignId: null } }, { token: staff.tokens.officer1 }));
    const gone = await boards.marketing.next((e) => e.type === 'removed' && e.card.id === lead.id);
    expect(gone.version).toBe(version + 1);
    await update('officer1', lead.id, 'Tanpa Kampanye');
    await sentinel('marketing');
    expect(boards.marketing.events.filter(about(lead.id)).map((e) => e.type)).toEqual(['created', 'removed']);
    expect(errorCode(await server.gql(`query($id: ID!) { lead(id: $id) { id } }`, { id: lead.id }, { token: staff.tokens.marketing }))).toBe('NOT_FOUND');
  });

  it('moves a reassigned lead from the old owner’s board to the new one’s, and later events follow it', async () => {
    const lead = await createLead(server, staff.tokens.officer1, { fullName: 'Pindah Tangan' });
    await boards.officer1.next(about(lead.id));
    expectData(
      await server.gql(
        `mutation($id: ID!, $o: ID!) { reassignLead(id: $id, ownerId: $o, reason: "Cuti") { id } }`,
        { id: lead.id, o: staff.ids.officer4 },
        { token: staff.tokens.manager },
      ),
    );
    const arrived = await boards.officer4.next((e) => e.type === 'updated' && e.card.id === lead.id);
    expect(ownerOf(arrived)).toBe(staff.ids.officer4);
    const left = await boards.officer1.next((e) => e.type === 'removed' && e.card.id === lead.id);
    expect(left.version).toBe(arrived.version);
    expect(ownerOf(await boards.manager.next((e) => e.type === 'updated' && e.card.id === lead.id))).toBe(staff.ids.officer4);

    const after = await update('officer4', lead.id, 'Sudah Pindah');
    await boards.officer4.next((e) => e.type === 'updated' && e.card.id === lead.id && e.version === after.version);
    await sentinel('officer1');
    expect(boards.officer1.events.filter(about(lead.id)).map((e) => e.type)).toEqual(['created', 'removed']);
  });

  it('moves a whole portfolio the same way, lead by lead', async () => {
    const q = (name: string) => server.app.dataSource.driver.escape(name);
    const open = await server.app.dataSource.query(
      `SELECT ${q('id')} FROM ${q('lead')} WHERE ${q('ownerId')} = ? AND ${q('archivedAt')} IS NULL AND ${q('stage')} NOT IN ('WON', 'LOST')`,
      [Number(staff.ids.officer3)],
    );
    const ids = (open as Array<{ id: number | string }>).map((r) => String(r.id));
    expect(ids.length).toBeGreaterThan(0);
    const moved = expectData(
      await server.gql<{ reassignPortfolio: { leads: number } }>(
        `mutation($from: ID!, $to: ID!) { reassignPortfolio(fromOfficerId: $from, toOfficerId: $to, reason: "Mutasi") { leads } }`,
        { from: staff.ids.officer3, to: staff.ids.officer2 },
        { token: staff.tokens.managerBdg },
      ),
    ).reassignPortfolio.leads;
    expect(moved).toBe(ids.length);
    for (const id of ids) {
      const arrived = await boards.officer2.next((e) => e.type === 'updated' && e.card.id === id);
      expect(ownerOf(arrived)).toBe(staff.ids.officer2);
      expect((await boards.officer3.next((e) => e.type === 'removed' && e.card.id === id)).version).toBe(arrived.version);
      await boards.managerBdg.next((e) => e.type === 'updated' && e.card.id === id);
    }
    const first = await update('officer2', ids[0], 'Portofolio Baru');
    await boards.officer2.next((e) => e.type === 'updated' && e.card.id === ids[0] && e.version === first.version);
    await sentinel('officer3');
    expect(boards.officer3.events.filter(about(ids[0])).map((e) => e.type)).toEqual(['removed']);
    // Nothing of the Bandung portfolio reached the head office's officers.
    await sentinel('officer1');
    expect(boards.officer1.events.filter((e) => ids.includes(e.card.id))).toEqual([]);
  });
});
