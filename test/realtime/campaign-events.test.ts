import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignCardData } from '@prospek/shared';
import { signInStaff } from '../helpers/access.js';
import type { Staff, Who } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { joinBoard } from '../helpers/sockets.js';
import type { Listener } from '../helpers/sockets.js';

const CREATE = `mutation($input: CampaignFieldsInput!) { createCampaign(input: $input) { id version } }`;
const UPDATE = `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { id version status } }`;

/** Campaign edits reach the campaign list and pages of those who may read the campaign, and no one else. */
describe.each(databaseTargets)('campaign events on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  const listeners = {} as Record<Who, Listener<'campaigns'>>;
  const watching: Who[] = ['admin', 'manager', 'managerBdg', 'marketing', 'marketingBdg', 'officer1', 'officer2'];

  beforeAll(async () => {
    server = await startServer(target);
    staff = await signInStaff(server);
    for (const who of watching) listeners[who] = await joinBoard(server.url, staff.tokens[who], 'campaigns');
  });
  afterAll(async () => {
    for (const who of watching) listeners[who]?.close();
    await server?.close();
  });

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const create = async (who: Who, input: Record<string, unknown>) =>
    expectData(
      await server.gql<{ createCampaign: { id: string; version: number } }>(
        CREATE,
        {
          input: { channel: 'EVENT', startDate: '2026-07-01', endDate: '2026-07-31', ...input },
        },
        { token: staff.tokens[who] },
      ),
    ).createCampaign;
  const heard = (who: Who, id: string) => listeners[who].events.filter((e) => e.card.id === id);
  /**
   * Proves each of `whom` has heard everything sent so far: a new campaign of `by`'s office reaches them,
   * and events arrive in the order they were sent. Resolves with that campaign's id.
   */
  const sentinel = async (by: Who, whom: readonly Who[]) => {
    const marker = await create(by, { name: 'Penanda Urutan' });
    for (const who of whom) await listeners[who].next((e) => e.card.id === marker.id);
    return marker.id;
  };

  it('tells everyone who reads the campaign about its creation and edits, with newer versions', async () => {
    const campaign = await create('marketing', { name: 'Pameran UMKM Juli' });
    for (const who of ['admin', 'manager', 'marketing', 'officer1'] as const) {
      const created = await listeners[who].next((e) => e.board === 'campaigns' && e.type === 'created' && e.card.id === campaign.id);
      expect(created).toMatchObject({ version: campaign.version, card: { name: 'Pameran UMKM Juli', status: 'PLANNED', officeId: staff.offices.ho } });
    }

    const updated = expectData(
      await server.gql<{ updateCampaign: { version: number } }>(
        UPDATE,
        {
          input: { id: campaign.id, expectedVersion: campaign.version, status: 'ACTIVE', spend: '1500000.00', leadGoal: 40 },
        },
        { token: staff.tokens.marketing, mutationId: 'campaign-edit-1' },
      ),
    ).updateCampaign;
    for (const who of ['admin', 'manager', 'marketing', 'officer1'] as const) {
      const event = await listeners[who].next((e) => e.type === 'updated' && e.card.id === campaign.id);
      expect(event).toMatchObject({ version: updated.version, mutationId: 'campaign-edit-1', actorId: staff.ids.marketing });
      expect(event.card as CampaignCardData).toMatchObject({ status: 'ACTIVE', spend: '1500000.00', leadGoal: 40 });
      expect(event.version).toBeGreaterThan(campaign.version);
    }
    await sentinel('marketingBdg', ['managerBdg', 'marketingBdg', 'officer2']);
    // The Bandung branch reads only its own campaigns.
    for (const who of ['managerBdg', 'marketingBdg', 'officer2'] as const) expect(heard(who, campaign.id)).toEqual([]);

    const audit: Array<{ action: string; after: string }> = await server.app.dataSource.query(
      `SELECT ${q('action')}, ${q('after')} FROM ${q('audit_entry')} WHERE ${q('entityType')} = 'Campaign' AND ${q('entityId')} = ? ORDER BY ${q('id')}`,
      [campaign.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(JSON.parse(audit[1].after)).toMatchObject({ status: 'ACTIVE', spend: '1500000.00', leadGoal: 40 });
  });

  it('tells a branch’s campaign to the branch and the managers above it only', async () => {
    const campaign = await create('marketingBdg', { name: 'Brosur Pasar Baru' });
    for (const who of ['admin', 'manager', 'managerBdg', 'marketingBdg', 'officer2'] as const) {
      await listeners[who].next((e) => e.type === 'created' && e.card.id === campaign.id);
    }
    await sentinel('marketing', ['marketing', 'officer1']);
    expect(heard('marketing', campaign.id)).toEqual([]);
    expect(heard('officer1', campaign.id)).toEqual([]);
  });

  it('tells the office a campaign leaves that it is gone', async () => {
    const campaign = await create('manager', { name: 'Referral Nasabah Prioritas' });
    await listeners.marketing.next((e) => e.type === 'created' && e.card.id === campaign.id);
    expectData(
      await server.gql(UPDATE, { input: { id: campaign.id, expectedVersion: campaign.version, officeId: staff.offices.bdg } }, { token: staff.tokens.manager }),
    );
    expect((await listeners.marketing.next((e) => e.type === 'removed' && e.card.id === campaign.id)).card.officeId).toBe(staff.offices.bdg);
    expect((await listeners.marketingBdg.next((e) => e.card.id === campaign.id)).type).toBe('updated');
    expect((await listeners.manager.next((e) => e.type === 'updated' && e.card.id === campaign.id)).card.officeId).toBe(staff.offices.bdg);
    await sentinel('marketing', ['manager']);
    expect(heard('manager', campaign.id).map((e) => e.type)).toEqual(['created', 'updated']);
  });

  it('emits nothing for a refused edit', async () => {
    const campaign = await create('marketing', { name: 'Media Sosial Agustus' });
    await listeners.manager.next((e) => e.type === 'created' && e.card.id === campaign.id);
    const seen = listeners.manager.events.length;
    const stale = await server.gql(
      UPDATE,
      { input: { id: campaign.id, expectedVersion: campaign.version + 5, status: 'ACTIVE' } },
      { token: staff.tokens.marketing },
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].extensions?.current).toMatchObject({ id: campaign.id, version: campaign.version, status: 'PLANNED' });
    const bad = await server.gql(
      UPDATE,
      { input: { id: campaign.id, expectedVersion: campaign.version, endDate: '2026-01-01' } },
      { token: staff.tokens.marketing },
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await server.gql(UPDATE, { input: { id: campaign.id, expectedVersion: campaign.version, status: 'ACTIVE' } }, { token: staff.tokens.marketingBdg }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await server.gql(UPDATE, { input: { id: campaign.id, expectedVersion: campaign.version, status: 'ACTIVE' } }, { token: staff.tokens.officer1 }),
      ),
    ).toBe('FORBIDDEN');
    const marker = await sentinel('marketing', ['manager']);
    expect(listeners.manager.events.slice(seen).filter((e) => e.card.id !== marker)).toEqual([]);
  });
});
