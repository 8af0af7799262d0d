import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { createLead, moveLead } from '../helpers/leads.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import { countStatements } from '../helpers/statements.js';
import type { TestServer } from '../helpers/server.js';

const ACTIVITY = 'id type dueAt doneAt outcome notes leadId latitude longitude';

describe.each(databaseTargets)('follow-ups on $kind', (target) => {
  let server: TestServer;
  let officer: string;
  let officer2: string;
  let manager: string;
  // A clock the test moves: services read it for "now".
  let now = new Date('2026-11-23T03:00:00Z');

  beforeAll(async () => {
    server = await startServer(target, {}, { now: () => now });
    [officer, officer2, manager] = await Promise.all([
      server.login('officer1@prospek.test'),
      server.login('officer2@prospek.test'),
      server.login('manager@prospek.test'),
    ]);
  });
  afterAll(() => server?.close());

  const schedule = (token: string, input: Record<string, unknown>) =>
    server.gql<{ scheduleActivity: Record<string, any> }>(
      `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { ${ACTIVITY} } }`,
      { input },
      { token },
    );
  const leadState = async (id: string) =>
    expectData(
      await server.gql<{ lead: { nextActionAt: string | null; lastActivityAt: string | null; version: number; stale: boolean } }>(
        `query($id: ID!) { lead(id: $id) { nextActionAt lastActivityAt version stale } }`,
        { id },
        { token: officer },
      ),
    ).lead;

  it('keeps a lead’s next action at its earliest open follow-up', async () => {
    const lead = await createLead(server, officer, { fullName: 'Agenda Abdullah' });
    const later = expectData(
      await schedule(officer, { leadId: lead.id, type: 'VISIT', dueAt: '2026-11-26T02:00:00.000Z', notes: 'Kunjungi toko' }),
    ).scheduleActivity;
    expect((await leadState(lead.id)).nextActionAt).toBe('2026-11-26T02:00:00.000Z');
    const sooner = expectData(await schedule(officer, { leadId: lead.id, type: 'CALL', dueAt: '2026-11-24T01:00:00.000Z' })).scheduleActivity;
    expect((await leadState(lead.id)).nextActionAt).toBe('2026-11-24T01:00:00.000Z');

    const done = expectData(
      await server.gql<{ completeActivity: { completed: Record<string, any>; next: Record<string, any> } }>(
        `mutation($input: CompleteActivityInput!) { completeActivity(input: $input) { completed { ${ACTIVITY} } next { ${ACTIVITY} } } }`,
        {
          input: {
            id: sooner.id,
            outcome: 'INTERESTED',
            notes: 'Minta simulasi',
            next: { type: 'WHATSAPP', dueAt: '2026-11-25T03:00:00.000Z', notes: 'Kirim simulasi' },
          },
        },
        { token: officer },
      ),
    ).completeActivity;
    expect(done.completed).toMatchObject({ outcome: 'INTERESTED', doneAt: now.toISOString() });
    expect(done.next).toMatchObject({ type: 'WHATSAPP', dueAt: '2026-11-25T03:00:00.000Z', doneAt: null });
    const state = await leadState(lead.id);
    expect(state.nextActionAt).toBe('2026-11-25T03:00:00.000Z');
    expect(state.lastActivityAt).toBe(now.toISOString());
    expect(later.id).toBeTruthy();

    const again = await server.gql(
      `mutation($input: CompleteActivityInput!) { completeActivity(input: $input) { completed { id } } }`,
      { input: { id: sooner.id, outcome: 'REACHED' } },
      { token: officer },
    );
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
  });

  it('sorts the agenda into overdue, today and upcoming by the Jakarta date', async () => {
    const lead = await createLead(server, officer, { fullName: 'Tengah Malam' });
    // 23:59 and 00:00 WIB either side of midnight between 23 and 24 November; 06:59 WIB on the 23rd.
    const lastMinute = expectData(await schedule(officer, { leadId: lead.id, type: 'CALL', dueAt: '2026-11-23T16:59:00.000Z' })).scheduleActivity;
    const midnight = expectData(await schedule(officer, { leadId: lead.id, type: 'CALL', dueAt: '2026-11-23T17:00:00.000Z' })).scheduleActivity;
    const early = expectData(await schedule(officer, { leadId: lead.id, type: 'SMS', dueAt: '2026-11-22T23:59:00.000Z' })).scheduleActivity;
    const yesterday = expectData(await schedule(officer, { leadId: lead.id, type: 'SMS', dueAt: '2026-11-22T16:59:00.000Z' })).scheduleActivity;
    const agenda = async (date: string) =>
      expectData(
        await server.gql<{ agenda: Record<'overdue' | 'today' | 'upcoming', Array<{ id: string }>> }>(
          `query($date: LocalDate) { agenda(date: $date) { overdue { id } today { id } upcoming { id } } }`,
          { date },
          { token: officer },
        ),
      ).agenda;
    const ids = (list: Array<{ id: string }>) => list.map((a) => a.id);
    const on23 = await agenda('2026-11-23');
    expect(ids(on23.today)).toEqual(expect.arrayContaining([early.id, lastMinute.id]));
    expect(ids(on23.today)).not.toContain(midnight.id);
    expect(ids(on23.upcoming)).toContain(midnight.id);
    expect(ids(on23.overdue)).toContain(yesterday.id);
    const on24 = await agenda('2026-11-24');
    expect(ids(on24.today)).toContain(midnight.id);
    expect(ids(on24.overdue)).toEqual(expect.arrayContaining([lastMinute.id, early.id, yesterday.id]));
    // Another officer's agenda holds none of them.
    const theirs = expectData(
      await server.gql<{ agenda: Record<string, Array<{ id: string }>> }>(`query { agenda(date: "2026-11-23") { today { id } } }`, {}, { token: officer2 }),
    ).agenda;
    expect(ids(theirs.today)).not.toContain(lastMinute.id);
  });

  it('builds contact links with a template, escaping what it inserts, and says when WhatsApp cannot work', async () => {
    const lead = await createLead(server, officer, { fullName: 'Budi "Sons" & Co', companyName: 'Toko {{ao}}\nBaris baru', phone: '0812 3333 4444' });
    const activity = expectData(await schedule(officer, { leadId: lead.id, type: 'WHATSAPP', dueAt: '2026-11-24T02:00:00.000Z' })).scheduleActivity;
    const links = expectData(
      await server.gql<{ activity: { contactLinks: { tel: string; whatsapp: string; sms: string; message: string; whatsappUnavailable: string | null } } }>(
        `query($id: ID!) { activity(id: $id) { contactLinks(template: "GREETING") { tel whatsapp sms message whatsappUnavailable } } }`,
        { id: activity.id },
        { token: officer },
      ),
    ).activity.contactLinks;
    expect(links.tel).toBe('tel:+6281233334444');
    expect(links.whatsappUnavailable).toBeNull();
    const url = new URL(links.whatsapp);
    expect(url.origin + url.pathname).toBe('https://wa.me/6281233334444');
    const text = url.searchParams.get('text') as string;
    expect(text).toBe(links.message);
    expect(text).toContain('Bapak/Ibu Budi "Sons" & Co');
    expect(text).toContain('Rina Kusuma');
    expect(text).toContain('Toko ao Baris baru'); // no nested placeholder, no line break
    expect(links.sms.startsWith('sms:+6281233334444?body=')).toBe(true);

    const landline = await createLead(server, officer, { phone: '(021) 5551234' });
    const call = expectData(await schedule(officer, { leadId: landline.id, type: 'CALL', dueAt: '2026-11-24T02:00:00.000Z' })).scheduleActivity;
    const none = expectData(
      await server.gql<{ activity: { contactLinks: { tel: string; whatsapp: string | null; whatsappUnavailable: string } } }>(
        `query($id: ID!) { activity(id: $id) { contactLinks { tel whatsapp whatsappUnavailable } } }`,
        { id: call.id },
        { token: officer },
      ),
    ).activity.contactLinks;
    expect(none).toEqual({ tel: 'tel:+62215551234', whatsapp: null, whatsappUnavailable: 'NOT_MOBILE' });
  });

  it('fills the payment reminder with the installment of the latest loan offer and the date in words', async () => {
    const lead = await createLead(server, officer, { fullName: 'Ibu Angsuran', phone: '0812 3333 5555' });
    const activity = expectData(await schedule(officer, { leadId: lead.id, type: 'WHATSAPP', dueAt: '2026-12-01T02:00:00.000Z' })).scheduleActivity;
    const message = async () =>
      expectData(
        await server.gql<{ activity: { contactLinks: { message: string } } }>(
          `query($id: ID!) { activity(id: $id) { contactLinks(template: "PAYMENT_REMINDER") { message } } }`,
          { id: activity.id },
          { token: officer },
        ),
      ).activity.contactLinks.message;
    // No loan offer yet: the installment stays a visible placeholder for the officer to fill in.
    expect(await message()).toContain('sebesar {{angsuran}} jatuh tempo pada 1 Desember 2026');
    const kur = expectData(
      await server.gql<{ products: { nodes: Array<{ id: string; code: string }> } }>('{ products(first: 100) { nodes { id code } } }', {}, { token: officer }),
    ).products.nodes.find((p) => p.code === 'KUR-MIKRO')!;
    expectData(
      await server.gql(
        `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
        {
          input: { leadId: lead.id, productId: kur.id, amount: '12000000.00', tenorMonths: 12, annualRate: 6 },
        },
        { token: officer },
      ),
    );
    // Annuity: 12,000,000 × 0.5% / (1 − 1.005^−12) = Rp 1.032.797 a month.
    expect(await message()).toBe(
      'Bapak/Ibu Ibu Angsuran, kami mengingatkan angsuran KUR Mikro sebesar Rp 1.032.797 jatuh tempo pada 1 Desember 2026. Abaikan pesan ini bila sudah membayar. Terima kasih, Rina Kusuma.',
    );
  });

  it('quotes the installment that falls due in the reminder’s month, as the offer’s schedule shows it', async () => {
    const lead = await createLead(server, officer, { fullName: 'Pak Efektif', phone: '0812 3333 6666' });
    const kmk = expectData(
      await server.gql<{ products: { nodes: Array<{ id: string; code: string }> } }>('{ products(first: 100) { nodes { id code } } }', {}, { token: officer }),
    ).products.nodes.find((p) => p.code === 'KMK-UKM')!;
    const offer = expectData(
      await server.gql<{ createOffer: { id: string } }>(
        `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
        {
          input: { leadId: lead.id, productId: kmk.id, amount: '150000000.00', tenorMonths: 24, annualRate: 10 },
        },
        { token: officer },
      ),
    ).createOffer;
    // Presented on 23 November 2026: installment k falls due on the 23rd, k months later.
    const rows = expectData(
      await server.gql<{ presentOffer: { figures: { loan: { schedule: Array<{ number: number; dueDate: string; installment: string }> } } } }>(
        `mutation($id: ID!) { presentOffer(id: $id) { figures { loan { schedule { number dueDate installment } } } } }`,
        { id: offer.id },
        { token: officer },
      ),
    ).presentOffer.figures.loan.schedule;
    // EFFECTIVE: 6.250.000 principal a month plus 10%/12 on what is still owed.
    expect(rows[0]).toEqual({ number: 1, dueDate: '2026-12-23', installment: '7500000.00' });
    expect(rows[6]).toEqual({ number: 7, dueDate: '2027-06-23', installment: '7187500.00' });
    const reminder = async (dueAt: string) => {
      const activity = expectData(await schedule(officer, { leadId: lead.id, type: 'WHATSAPP', dueAt })).scheduleActivity;
      return expectData(
        await server.gql<{ activity: { contactLinks: { message: string } } }>(
          `query($id: ID!) { activity(id: $id) { contactLinks(template: "PAYMENT_REMINDER") { message } } }`,
          { id: activity.id },
          { token: officer },
        ),
      ).activity.contactLinks.message;
    };
    expect(await reminder('2026-12-20T02:00:00.000Z')).toContain('sebesar Rp 7.500.000 jatuh tempo pada 20 Desember 2026');
    expect(await reminder('2027-06-20T02:00:00.000Z')).toContain('sebesar Rp 7.187.500 jatuh tempo pada 20 Juni 2027');
    expect(await reminder('2028-11-23T02:00:00.000Z')).toContain('sebesar Rp 6.302.083 jatuh tempo'); // the last: 6.250.000 + 52.083
    // After the schedule's end nothing is due: the placeholder stays for the officer.
    expect(await reminder('2028-12-24T02:00:00.000Z')).toContain('sebesar {{angsuran}} jatuh tempo');
  });

  it('reads an agenda with its leads and contact links in as many statements for 2 follow-ups as for 12', async () => {
    const query = `query { agenda(date: "2026-12-02") { today { id lead { fullName } client { name } contactLinks(template: "GREETING") { whatsapp } } } }`;
    const counted = async () => {
      let statements = 0;
      const stop = countStatements(server, () => statements++);
      const rows = expectData(await server.gql<{ agenda: { today: unknown[] } }>(query, {}, { token: officer })).agenda.today.length;
      stop();
      return { rows, statements };
    };
    const lead = async (i: number) => createLead(server, officer, { fullName: `Agenda Padat ${i}`, phone: `0812 4444 ${String(1000 + i)}` });
    const add = async (from: number, to: number) => {
      for (let i = from; i < to; i++)
        expectData(await schedule(officer, { leadId: (await lead(i)).id, type: 'CALL', dueAt: `2026-12-02T0${1 + (i % 8)}:00:00.000Z` }));
    };
    await add(0, 2);
    await counted(); // warms what a server reads once
    const few = await counted();
    await add(2, 12);
    const many = await counted();
    expect(many.rows - few.rows).toBe(10);
    expect(many.statements).toBe(few.statements);
  });

  it('flags a lead idle past its stage’s limit, by the server’s clock', async () => {
    now = new Date('2026-11-23T03:00:00Z');
    const lead = await createLead(server, officer, { fullName: 'Diam Saja' });
    expect((await leadState(lead.id)).stale).toBe(false);
    now = new Date('2026-11-26T03:00:00Z'); // NEW allows 2 days
    try {
      expect((await leadState(lead.id)).stale).toBe(true);
      const list = expectData(
        await server.gql<{ staleLeads: { nodes: Array<{ id: string }> } }>('{ staleLeads(first: 100) { nodes { id } } }', {}, { token: officer }),
      ).staleLeads.nodes;
      expect(list.map((l) => l.id)).toContain(lead.id);
      const managers = expectData(
        await server.gql<{ staleLeads: { nodes: Array<{ id: string }> } }>('{ staleLeads(first: 100) { nodes { id } } }', {}, { token: manager }),
      ).staleLeads.nodes;
      expect(managers.map((l) => l.id)).toContain(lead.id);
      const others = expectData(
        await server.gql<{ staleLeads: { nodes: Array<{ id: string }> } }>('{ staleLeads(first: 100) { nodes { id } } }', {}, { token: officer2 }),
      ).staleLeads.nodes;
      expect(others.map((l) => l.id)).not.toContain(lead.id);
      expectData(
        await server.gql(
          `mutation($input: LogActivityInput!) { logActivity(input: $input) { id } }`,
          { input: { leadId: lead.id, type: 'CALL', outcome: 'REACHED' } },
          { token: officer },
        ),
      );
      expect((await leadState(lead.id)).stale).toBe(false);
    } finally {
      now = new Date('2026-11-23T03:00:00Z');
    }
  });

  it('puts activities, stage changes, offers and edits on one timeline, newest first', async () => {
    const lead = await createLead(server, officer, { fullName: 'Lini Masa' });
    now = new Date('2026-11-23T04:00:00Z');
    expectData(
      await server.gql(
        `mutation($input: LogActivityInput!) { logActivity(input: $input) { id } }`,
        { input: { leadId: lead.id, type: 'VISIT', outcome: 'VISITED', latitude: -6.2, longitude: 106.8 } },
        { token: officer },
      ),
    );
    expectData(await moveLead(server, officer, { id: lead.id, stage: 'CONTACTED', expectedVersion: (await leadState(lead.id)).version }));
    now = new Date('2026-11-23T03:00:00Z');
    const entries = expectData(
      await server.gql<{ timeline: { nodes: Array<{ at: string; kind: string; code: string; latitude: number | null }> } }>(
        `query($id: ID) { timeline(leadId: $id, first: 100) { nodes { at kind code latitude } } }`,
        { id: lead.id },
        { token: officer },
      ),
    ).timeline.nodes;
    const times = entries.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(entries.find((e) => e.kind === 'ACTIVITY')).toMatchObject({ code: 'VISIT', latitude: -6.2 });
    expect(entries.filter((e) => e.kind === 'STAGE').map((e) => e.code)).toEqual(['CONTACTED', 'NEW']);
    expect(entries.some((e) => e.kind === 'EDIT' && e.code === 'create')).toBe(true);
    expect(errorCode(await server.gql(`query($id: ID) { timeline(leadId: $id, first: 100) { nodes { at } } }`, { id: lead.id }, { token: officer2 }))).toBe(
      'NOT_FOUND',
    );
  });

  it('keeps follow-ups within the access rules', async () => {
    const lead = await createLead(server, officer);
    expect(errorCode(await schedule(officer2, { leadId: lead.id, type: 'CALL', dueAt: '2026-11-24T02:00:00.000Z' }))).toBe('NOT_FOUND');
    const mine = expectData(await schedule(officer, { leadId: lead.id, type: 'CALL', dueAt: '2026-11-24T02:00:00.000Z' })).scheduleActivity;
    expect(errorCode(await server.gql(`query($id: ID!) { activity(id: $id) { id } }`, { id: mine.id }, { token: officer2 }))).toBe('NOT_FOUND');
    const viaManager = await server.gql(`query($id: ID!) { activity(id: $id) { id } }`, { id: mine.id }, { token: manager });
    expect(expectData(viaManager)).toMatchObject({ activity: { id: mine.id } });
  });
});
