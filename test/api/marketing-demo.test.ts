import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { CREATE, UPDATE, fetchBoard } from '../helpers/leads.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

interface CampaignRow {
  id: string;
  name: string;
  status: string;
  spend: string;
  figures: { leads: number; converted: number; amountWon: string; costPerLead: string | null };
}

describe.each(databaseTargets)('marketing on the demo data, and the leads it creates, on $kind', (target) => {
  let server: TestServer;
  let marketing: string;
  let manager: string;
  let officer2: string;
  let campaigns: CampaignRow[];

  beforeAll(async () => {
    server = await startServer(target);
    [marketing, manager, officer2] = await Promise.all([
      server.login('marketing@prospek.test'),
      server.login('manager@prospek.test'),
      server.login('officer2@prospek.test'),
    ]);
    campaigns = expectData(
      await server.gql<{ campaigns: { nodes: CampaignRow[] } }>(
        '{ campaigns(first: 100) { nodes { id name status spend figures { leads converted amountWon costPerLead } } } }',
        {},
        { token: marketing },
      ),
    ).campaigns.nodes;
  });
  afterAll(() => server?.close());

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const leadCount = async () => Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('lead')}`))[0].n);
  const visible = async (token: string, id: string) =>
    server.gql<{ lead: { id: string; campaignId: string | null } }>('query($id: ID!) { lead(id: $id) { id campaignId } }', { id }, { token });

  it('gives marketing a board, campaigns and a task board to start from', async () => {
    expect(campaigns.length).toBeGreaterThanOrEqual(2);
    expect(campaigns.some((c) => c.status === 'ACTIVE' && c.figures.leads > 0)).toBe(true);
    const board = await fetchBoard(server, marketing);
    expect(board.reduce((sum, c) => sum + c.count, 0)).toBeGreaterThan(0);
    const tasks = expectData(
      await server.gql<{ taskBoard: { columns: Array<{ status: string; count: number }> } }>(
        '{ taskBoard { columns { status count } } }',
        {},
        { token: marketing },
      ),
    ).taskBoard.columns;
    for (const column of tasks) expect(column.count, column.status).toBeGreaterThan(0);
  });

  it('counts every campaign’s figures as SQL over its leads', async () => {
    const all = expectData(
      await server.gql<{ campaigns: { nodes: CampaignRow[] } }>(
        '{ campaigns(first: 100) { nodes { id name status spend figures { leads converted amountWon costPerLead } } } }',
        {},
        { token: manager },
      ),
    ).campaigns.nodes;
    // The manager reaches both offices: the branch's campaigns are there too.
    expect(all.length).toBeGreaterThan(campaigns.length);
    for (const campaign of all) {
      const [row] = await server.app.dataSource.query(
        `SELECT COUNT(*) AS n, SUM(CASE WHEN ${q('stage')} = 'WON' THEN 1 ELSE 0 END) AS won, ` +
          `SUM(CASE WHEN ${q('stage')} = 'WON' THEN ${q('estimatedAmount')} ELSE 0 END) AS amount ` +
          `FROM ${q('lead')} WHERE ${q('campaignId')} = ? AND ${q('archivedAt')} IS NULL`,
        [Number(campaign.id)],
      );
      const leads = Number(row.n);
      const spendSen = BigInt(campaign.spend.replace('.', ''));
      expect(campaign.figures.leads, campaign.name).toBe(leads);
      expect(campaign.figures.converted, campaign.name).toBe(Number(row.won ?? 0));
      expect(BigInt(campaign.figures.amountWon.replace('.', '')), campaign.name).toBe(BigInt(String(row.amount ?? 0).split('.')[0]));
      expect(campaign.figures.costPerLead, campaign.name).toBe(leads === 0 ? null : `${(spendSen + BigInt(leads) * 50n) / (BigInt(leads) * 100n)}.00`);
    }
  });

  it('refuses a lead from marketing without a campaign, writing nothing, and shows it one with its campaign', async () => {
    const before = await leadCount();
    const input = { fullName: 'Pengunjung Pameran', source: 'EVENT', estimatedAmount: '15000000.00', phone: '081355550001' };
    const refused = await server.gql(CREATE, { input }, { token: marketing });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'campaignId', code: 'REQUIRED' })]);
    // With other mistakes too, every field is named at once.
    const both = await server.gql(CREATE, { input: { ...input, fullName: ' ' } }, { token: marketing });
    expect((both.errors?.[0].extensions?.fieldErrors as Array<{ field: string }>).map((e) => e.field).sort()).toEqual(['campaignId', 'fullName']);
    expect(await leadCount()).toBe(before);

    const campaign = campaigns.find((c) => c.status === 'ACTIVE')!;
    const created = expectData(
      await server.gql<{ createLead: { id: string; ownerId: string | null } }>(CREATE, { input: { ...input, campaignId: campaign.id } }, { token: marketing }),
    ).createLead;
    expect(created.ownerId).toBeNull();
    expect(expectData(await visible(marketing, created.id)).lead.campaignId).toBe(campaign.id);
    const board = await fetchBoard(server, marketing);
    expect(board.find((c) => c.stage === 'NEW')!.cards.map((c) => c.id)).toContain(created.id);
    expect(await leadCount()).toBe(before + 1);
  });

  it('lets an editor name or change a lead’s campaign and product, within reach', async () => {
    const products = expectData(
      await server.gql<{ products: { nodes: Array<{ id: string; code: string }> } }>('{ products(first: 100) { nodes { id code } } }', {}, { token: manager }),
    ).products;
    const kkb = products.nodes.find((p) => p.code === 'KKB')!;
    const instagram = campaigns.find((c) => c.name === 'Instagram Kredit Kendaraan')!;
    const lead = expectData(
      await server.gql<{ createLead: { id: string; version: number } }>(
        CREATE,
        {
          input: { fullName: 'Calon Pembeli Mobil', source: 'SOCIAL_MEDIA', estimatedAmount: '180000000.00', phone: '081355550002' },
        },
        { token: manager },
      ),
    ).createLead;
    expect(errorCode(await visible(marketing, lead.id))).toBe('NOT_FOUND');
    const updated = expectData(
      await server.gql<{ updateLead: { version: number } }>(
        UPDATE,
        { input: { id: lead.id, expectedVersion: lead.version, campaignId: instagram.id, productId: kkb.id } },
        { token: manager },
      ),
    ).updateLead;
    expect(expectData(await visible(marketing, lead.id)).lead.campaignId).toBe(instagram.id);
    const [row] = await server.app.dataSource.query(`SELECT ${q('productId')} AS p FROM ${q('lead')} WHERE ${q('id')} = ?`, [Number(lead.id)]);
    expect(String(row.p)).toBe(kkb.id);

    // A branch officer's own lead cannot take a head-office campaign.
    const own = expectData(
      await server.gql<{ createLead: { id: string; version: number } }>(
        CREATE,
        { input: { fullName: 'Pedagang Bandung', source: 'EVENT', estimatedAmount: '20000000.00', phone: '081355550003' } },
        { token: officer2 },
      ),
    ).createLead;
    const outside = await server.gql(UPDATE, { input: { id: own.id, expectedVersion: own.version, campaignId: instagram.id } }, { token: officer2 });
    expect(errorCode(outside)).toBe('BAD_USER_INPUT');
    expect(outside.errors?.[0].extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'campaignId', code: 'NOT_ALLOWED' })]);
    // Clearing the campaign takes the lead off marketing's board.
    expectData(await server.gql(UPDATE, { input: { id: lead.id, expectedVersion: updated.version, campaignId: null } }, { token: manager }));
    expect(errorCode(await visible(marketing, lead.id))).toBe('NOT_FOUND');
  });
});
