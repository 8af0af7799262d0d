import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

describe.each(databaseTargets)('campaigns and the public capture form on $kind', (target) => {
  let server: TestServer;
  let marketing: string;
  let officer: string;
  let campaign: { id: string; slug: string; officeId: string };
  let now = new Date('2026-11-23T03:00:00Z');

  beforeAll(async () => {
    server = await startServer(target, { organizationName: 'BPR Maju Bersama' }, { now: () => now });
    [marketing, officer] = await Promise.all([server.login('marketing@prospek.test'), server.login('officer1@prospek.test')]);
    const kur = expectData(
      await server.gql<{ products: { nodes: Array<{ id: string; code: string }> } }>(
        '{ products(first: 100) { nodes { id code } } }',
        {},
        { token: marketing },
      ),
    ).products.nodes.find((p) => p.code === 'KUR-MIKRO')!;
    campaign = expectData(
      await server.gql<{ createCampaign: { id: string; slug: string; officeId: string } }>(
        `mutation($input: CampaignFieldsInput!) { createCampaign(input: $input) { id slug officeId } }`,
        {
          input: {
            name: 'Pameran UMKM Pasar Minggu',
            channel: 'EVENT',
            productId: kur.id,
            startDate: '2026-11-20',
            endDate: '2026-12-20',
            budget: '3000000.00',
            spend: '1500000.00',
            leadGoal: 40,
            status: 'ACTIVE',
          },
        },
        { token: marketing },
      ),
    ).createCampaign;
  });
  afterAll(() => server?.close());

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const leadCount = async () => Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('lead')}`))[0].n);
  const submit = (fields: Record<string, string>, slug = campaign.slug) =>
    fetch(`${server.url}/f/${slug}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  const figures = async () =>
    expectData(
      await server.gql<{
        campaign: { figures: { leads: number; converted: number; amountWon: string; costPerLead: string | null; goalProgress: number | null } };
      }>(`query($id: ID!) { campaign(id: $id) { figures { leads converted amountWon costPerLead goalProgress } } }`, { id: campaign.id }, { token: marketing }),
    ).campaign.figures;
  /** Each case starts in a fresh ten-minute window of the per-address limit. */
  const nextWindow = () => {
    now = new Date(now.getTime() + 11 * 60_000);
  };

  it('has figures with no leads yet, and keeps campaigns to those who run them', async () => {
    expect(await figures()).toEqual({ leads: 0, converted: 0, amountWon: '0.00', costPerLead: null, goalProgress: 0 });
    expect(
      errorCode(
        await server.gql(
          `mutation { createCampaign(input: { name: "X", channel: EVENT, startDate: "2026-01-01", endDate: "2026-01-02" }) { id } }`,
          {},
          { token: officer },
        ),
      ),
    ).toBe('FORBIDDEN');
    const bad = await server.gql(
      `mutation { createCampaign(input: { name: "", channel: EVENT, startDate: "2026-02-01", endDate: "2026-01-02" }) { id } }`,
      {},
      { token: marketing },
    );
    expect((bad.errors?.[0].extensions?.fieldErrors as Array<{ field: string }>).map((e) => e.field).sort()).toEqual(['endDate', 'name']);
  });

  it('refuses a negative budget or spend, and an amount that is not one, writing nothing', async () => {
    const mutation = `mutation($input: CampaignFieldsInput!) { createCampaign(input: $input) { id } }`;
    const base = { name: 'Brosur Pasar Baru', channel: 'BROCHURE', startDate: '2026-11-20', endDate: '2026-12-20' };
    const [{ n: before }] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('campaign')}`);
    const negative = await server.gql(mutation, { input: { ...base, budget: '-1000000.00', spend: '-1.00' } }, { token: marketing });
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
    expect(negative.errors?.[0].extensions?.fieldErrors).toMatchObject([
      { field: 'budget', code: 'AMOUNT_INVALID' },
      { field: 'spend', code: 'AMOUNT_INVALID' },
    ]);
    expect(errorCode(await server.gql(mutation, { input: { ...base, spend: 'abc' } }, { token: marketing }))).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await server.gql(
          `mutation { createCampaign(input: { name: "X", channel: EVENT, startDate: "2026-11-20", endDate: "2026-12-20", budget: "-5.00" }) { id } }`,
          {},
          { token: marketing },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const [{ n: after }] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('campaign')}`);
    expect(Number(after)).toBe(Number(before));

    const current = expectData(
      await server.gql<{ campaign: { version: number; budget: string; spend: string } }>(
        `query($id: ID!) { campaign(id: $id) { version budget spend } }`,
        { id: campaign.id },
        { token: marketing },
      ),
    ).campaign;
    const update = await server.gql(
      `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { id } }`,
      { input: { id: campaign.id, expectedVersion: current.version, spend: '-1000000.00' } },
      { token: marketing },
    );
    expect(update.errors?.[0].extensions?.fieldErrors).toMatchObject([{ field: 'spend', code: 'AMOUNT_INVALID' }]);
    const unchanged = expectData(
      await server.gql<{ campaign: { version: number; budget: string; spend: string } }>(
        `query($id: ID!) { campaign(id: $id) { version budget spend } }`,
        { id: campaign.id },
        { token: marketing },
      ),
    ).campaign;
    expect(unchanged).toEqual({ version: current.version, budget: '3000000.00', spend: '1500000.00' });
  });

  it('shows the form and turns a valid submission into a pool lead of the campaign’s office', async () => {
    nextWindow();
    const page = await fetch(`${server.url}/f/${campaign.slug}`);
    expect(page.status).toBe(200);
    const form = await page.text();
    expect(form).toContain('Pameran UMKM Pasar Minggu');
    // The public knows which institution asks for their data, and who will call.
    expect(form).toContain('<p class="org" data-organization>BPR Maju Bersama</p>');
    expect(form).toContain('diproses oleh BPR Maju Bersama');
    const response = await submit({ name: 'Ibu Sumarni', phone: '0812 7777 0001', consent: 'yes', website: '' });
    expect(response.status).toBe(200);
    const thanks = await response.text();
    expect(thanks).toContain('data-submitted="yes"');
    expect(thanks).toContain('Petugas BPR Maju Bersama akan segera menghubungi Anda');
    const [lead] = await server.app.dataSource.query(`SELECT * FROM ${q('lead')} WHERE ${q('phone')} = ?`, ['+6281277770001']);
    expect(lead).toMatchObject({ fullName: 'Ibu Sumarni', source: 'EVENT', stage: 'NEW', ownerId: null });
    expect(Number(lead.campaignId)).toBe(Number(campaign.id));
    expect(Number(lead.officeId)).toBe(Number(campaign.officeId));
    // Marketing sees the leads its campaigns brought; the figures count them.
    const seen = expectData(
      await server.gql<{ leads: { nodes: Array<{ id: string }> } }>(
        `query($c: ID) { leads(filter: { campaignId: $c }) { nodes { id } } }`,
        { c: campaign.id },
        { token: marketing },
      ),
    ).leads.nodes;
    expect(seen.map((l) => Number(l.id))).toEqual([Number(lead.id)]);
    expect(await figures()).toMatchObject({ leads: 1, costPerLead: '1500000.00', goalProgress: 2.5 });
  });

  it('attaches a repeat submission to the open lead of that phone, on its timeline, instead of a twin', async () => {
    nextWindow();
    const [first] = await server.app.dataSource.query(`SELECT ${q('id')}, ${q('version')} FROM ${q('lead')} WHERE ${q('phone')} = ?`, ['+6281277770001']);
    const before = await leadCount();
    const payroll = expectData(
      await server.gql<{ products: { nodes: Array<{ id: string; code: string; name: string }> } }>(
        '{ products(first: 100) { nodes { id code name } } }',
        {},
        { token: marketing },
      ),
    ).products.nodes.find((p) => p.code === 'PAYROLL')!;
    const again = await submit({ name: 'Sumarni (lagi)', phone: '+62 812-7777-0001', productId: payroll.id, consent: 'yes' });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('data-submitted="yes"');
    expect(await leadCount()).toBe(before);
    const timeline = expectData(
      await server.gql<{ timeline: { nodes: Array<{ kind: string; code: string; summary: string }> } }>(
        `query($id: ID) { timeline(leadId: $id, first: 100) { nodes { kind code summary } } }`,
        { id: String(first.id) },
        { token: marketing },
      ),
    ).timeline.nodes;
    const note = timeline.find((entry) => entry.kind === 'ACTIVITY' && entry.code === 'NOTE');
    expect(note?.summary).toContain('Mengisi lagi formulir kampanye Pameran UMKM Pasar Minggu');
    expect(note?.summary).toContain('nama: Sumarni (lagi)');
    expect(note?.summary).toContain(`produk: ${payroll.name}`);

    // Once that lead is lost, the phone is free: the next submission is a new lead.
    await server.app.dataSource.query(`UPDATE ${q('lead')} SET ${q('stage')} = 'LOST' WHERE ${q('id')} = ?`, [first.id]);
    expect((await submit({ name: 'Ibu Sumarni', phone: '0812 7777 0001', consent: 'yes' })).status).toBe(200);
    expect(await leadCount()).toBe(before + 1);
  });

  it('refuses missing consent and bad phones, writing nothing, and keeps what was typed escaped', async () => {
    nextWindow();
    const before = await leadCount();
    const noConsent = await submit({ name: '<b>Pak</b> "Joko"', phone: '0812 7777 0002' });
    expect(noConsent.status).toBe(422);
    const html = await noConsent.text();
    expect(html).toContain('data-error-for="consent"');
    expect(html).toContain('&lt;b&gt;Pak&lt;/b&gt; &quot;Joko&quot;');
    expect(html).not.toContain('<b>Pak</b>');
    const badPhone = await submit({ name: 'Joko', phone: '12345', consent: 'yes' });
    expect(badPhone.status).toBe(422);
    expect(await leadCount()).toBe(before);
  });

  it('stores script text as text, and never runs it where it is shown', async () => {
    nextWindow();
    const name = '<script>alert("x")</script> Rahmat';
    expect((await submit({ name, phone: '0812 7777 0003', consent: 'yes' })).status).toBe(200);
    const [lead] = await server.app.dataSource.query(`SELECT ${q('fullName')} FROM ${q('lead')} WHERE ${q('phone')} = ?`, ['+6281277770003']);
    expect(lead.fullName).toBe(name);
  });

  it('neutralises a bot that fills the honeypot, and refuses oversized posts', async () => {
    nextWindow();
    const before = await leadCount();
    const bot = await submit({ name: 'Bot', phone: '0812 7777 0004', consent: 'yes', website: 'http://spam.example' });
    expect(bot.status).toBe(200);
    expect(await bot.text()).toContain('Terima kasih');
    const huge = await submit({ name: 'A'.repeat(10_000), phone: '0812 7777 0005', consent: 'yes' });
    expect(huge.status).toBe(413);
    const long = await submit({ name: 'B'.repeat(200), phone: '0812 7777 0006', consent: 'yes' });
    expect(long.status).toBe(422);
    expect(await leadCount()).toBe(before);
  });

  it('limits bursts from one address', async () => {
    nextWindow();
    const before = await leadCount();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await submit({ name: `Burst ${i}`, phone: `0812 7777 11${String(i).padStart(2, '0')}`, consent: 'yes' })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(await leadCount()).toBe(before + 5);
    nextWindow();
    expect((await submit({ name: 'Setelah jeda', phone: '0812 7777 1199', consent: 'yes' })).status).toBe(200);
  });

  it('counts figures in SQL over the campaign’s leads', async () => {
    const [row] = await server.app.dataSource.query(
      `SELECT COUNT(*) AS n, SUM(CASE WHEN ${q('stage')} = 'WON' THEN 1 ELSE 0 END) AS won FROM ${q('lead')} WHERE ${q('campaignId')} = ? AND ${q('archivedAt')} IS NULL`,
      [Number(campaign.id)],
    );
    const f = await figures();
    expect(f.leads).toBe(Number(row.n));
    expect(f.converted).toBe(Number(row.won ?? 0));
    expect(f.costPerLead).toBe(`${Math.round(1_500_000 / Number(row.n))}.00`);
    expect((await fetch(`${server.url}/f/no-such-campaign`)).status).toBe(404);
    const qr = await fetch(`${server.url}/f/${campaign.slug}/qr.svg`);
    expect(qr.headers.get('content-type')).toContain('image/svg+xml');
  });
});
