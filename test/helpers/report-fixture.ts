/**
 * A small, fixed book for the reports, written straight into the tables with chosen instants: a WITA
 * branch (officer A) and a WIT branch (officer B) under a regional office, with events placed just
 * either side of local midnight. The expected figures in test/api/reports.test.ts are worked out by
 * hand from what is written here.
 */
import type { DataSource } from 'typeorm';
import { parseMoney } from '@prospek/shared';
import { keepStageHistory } from '../../server/src/db/stage-history.js';
import { Activity } from '../../server/src/modules/follow-up/activity.entity.js';
import { Campaign } from '../../server/src/modules/campaign/campaign.entity.js';
import { Client } from '../../server/src/modules/client/client.entity.js';
import { Lead } from '../../server/src/modules/lead/lead.entity.js';
import { LeadStageChange } from '../../server/src/modules/lead/lead-stage-change.entity.js';
import { LoanMonthEnd } from '../../server/src/modules/loan/loan-month-end.entity.js';
import { Offer } from '../../server/src/modules/offer/offer.entity.js';
import { Office } from '../../server/src/modules/office/office.entity.js';
import { User } from '../../server/src/modules/user/user.entity.js';
import type { LeadStage } from '@prospek/shared';
import { loanBookParties, seedLoans } from './loan-book.js';

export interface ReportFixture {
  regionId: number;
  witaId: number;
  witId: number;
  officerA: User;
  officerB: User;
  campaignId: number;
  loanIds: number[];
}

const at = (iso: string) => new Date(iso);
const rp = (rupiah: string) => parseMoney(rupiah);

export async function seedReportFixture(dataSource: DataSource): Promise<ReportFixture> {
  const m = dataSource.manager;
  const ho = await m.findOneByOrFail(Office, { code: 'KP-JKT' });
  const region = await m.save(Office, m.create(Office, { code: 'KW-TIM', name: 'Kantor Wilayah Timur', parentId: ho.id }));
  const wita = await m.save(Office, m.create(Office, { code: 'KC-KDI', name: 'Kantor Cabang Kendari', parentId: region.id, timeZone: 'Asia/Makassar' }));
  const wit = await m.save(Office, m.create(Office, { code: 'KC-SOQ', name: 'Kantor Cabang Sorong', parentId: region.id, timeZone: 'Asia/Jayapura' }));
  const template = await m.findOneByOrFail(User, { email: 'officer1@prospek.test' });
  const officer = (email: string, name: string, officeId: number) =>
    m.save(User, m.create(User, { email, name, role: 'OFFICER', officeId, segment: 'MICRO', passwordHash: template.passwordHash, active: true }));
  const officerA = await officer('ao.kendari@prospek.test', 'Wayan Kendari', wita.id);
  const officerB = await officer('ao.sorong@prospek.test', 'Yohanes Sorong', wit.id);
  const campaign = await m.save(
    Campaign,
    m.create(Campaign, {
      slug: 'pameran-kendari-nov',
      name: 'Pameran Kendari',
      channel: 'EVENT',
      officeId: wita.id,
      startDate: '2026-11-01',
      endDate: '2026-11-30',
      budget: rp('2000000'),
      spend: rp('1000000'),
      leadGoal: 10,
      status: 'ACTIVE',
      createdById: template.id,
    }),
  );
  const { products, adminId } = await loanBookParties(dataSource);
  const client = async (cif: string, name: string) =>
    m.save(Client, m.create(Client, { cif, type: 'PERSON', name, officeId: wita.id, officerId: officerA.id, segment: 'MICRO', status: 'ACTIVE' }));
  const won = await client('KDI-0001', 'Made Won');
  const other = await client('KDI-0002', 'Komang Lama');

  let position = 0;
  const lead = async (
    officeId: number,
    ownerId: number,
    fields: { stage: LeadStage; amount: string; source: Lead['source']; close?: string; lostReason?: string; campaign?: boolean; clientId?: number },
    changes: Array<[LeadStage | null, LeadStage, string]>,
  ) => {
    const created = at(changes[0][2]);
    const saved = await m.save(
      Lead,
      m.create(Lead, {
        fullName: `Report lead ${++position}`,
        source: fields.source,
        segment: 'MICRO',
        estimatedAmount: rp(fields.amount),
        stage: fields.stage,
        position: `zr${String(position).padStart(3, '0')}`,
        ownerId,
        officeId,
        campaignId: fields.campaign ? campaign.id : null,
        productId: products[0],
        expectedCloseDate: fields.close ?? null,
        lostReason: fields.lostReason ?? null,
        clientId: fields.clientId ?? null,
        stageEnteredAt: at(changes[changes.length - 1][2]),
        createdById: ownerId,
        createdAt: created,
      }),
    );
    await m.insert(
      LeadStageChange,
      changes.map(([fromStage, toStage, when]) => ({ leadId: saved.id, fromStage, toStage, changedById: ownerId, changedAt: at(when) })),
    );
    await keepStageHistory(m, [saved.id]);
    return saved;
  };
  // WITA (UTC+8). L1 won, L2 lost, L3 created 00:30 on 1 November local (still 31 October in WIB),
  // L4 created 00:30 on 1 December local (still 30 November in WIB).
  const l1 = await lead(wita.id, officerA.id, { stage: 'WON', amount: '100000000', source: 'REFERRAL', campaign: true, clientId: won.id }, [
    [null, 'NEW', '2026-11-02T01:00:00Z'],
    ['NEW', 'CONTACTED', '2026-11-04T01:00:00Z'],
    ['CONTACTED', 'PRESENTED', '2026-11-07T01:00:00Z'],
    ['PRESENTED', 'WON', '2026-11-12T01:00:00Z'],
  ]);
  await lead(wita.id, officerA.id, { stage: 'LOST', amount: '50000000', source: 'BROCHURE', campaign: true, lostReason: 'Bunga terlalu tinggi' }, [
    [null, 'NEW', '2026-11-03T01:00:00Z'],
    ['NEW', 'CONTACTED', '2026-11-07T01:00:00Z'],
    ['CONTACTED', 'LOST', '2026-11-09T01:00:00Z'],
  ]);
  await lead(wita.id, officerA.id, { stage: 'CONTACTED', amount: '20000000', source: 'WALK_IN', close: '2026-12-15' }, [
    [null, 'NEW', '2026-10-31T16:30:00Z'],
    ['NEW', 'CONTACTED', '2026-11-30T15:30:00Z'],
  ]);
  await lead(wita.id, officerA.id, { stage: 'NEW', amount: '10000000', source: 'WALK_IN', close: '2027-01-10' }, [[null, 'NEW', '2026-11-30T16:30:00Z']]);
  // WIT (UTC+9): 00:10 on 1 November local is in November; 00:30 on 1 December local is not.
  await lead(wit.id, officerB.id, { stage: 'NEW', amount: '30000000', source: 'EVENT' }, [[null, 'NEW', '2026-10-31T15:10:00Z']]);
  await lead(wit.id, officerB.id, { stage: 'NEW', amount: '30000000', source: 'EVENT' }, [[null, 'NEW', '2026-11-30T15:30:00Z']]);

  // Follow-ups of officer A: a call and a visit in November, a visit at 00:10 on 1 December WITA.
  const activity = (type: Activity['type'], doneAt: string) =>
    m.insert(Activity, { type, leadId: l1.id, ownerId: officerA.id, dueAt: at(doneAt), doneAt: at(doneAt), outcome: 'REACHED', createdById: officerA.id });
  await activity('CALL', '2026-11-05T02:00:00Z');
  await activity('VISIT', '2026-11-10T02:00:00Z');
  await activity('VISIT', '2026-11-30T16:10:00Z');
  await m.insert(Offer, {
    leadId: l1.id,
    productId: products[0],
    amount: rp('100000000'),
    tenorMonths: 12,
    annualRateMicro: 12_000_000,
    status: 'ACCEPTED',
    validUntil: '2026-11-30',
    createdById: officerA.id,
    createdAt: at('2026-11-06T02:00:00Z'),
  });

  // Loans of officer A: two to the won client in November (one new debtor), an older one 45 days late.
  const spec = (clientId: number, amount: string, disbursementDate: string, firstDueDate: string) => ({
    clientId,
    officerId: officerA.id,
    officeId: wita.id,
    productId: products[0],
    amount: rp(amount),
    tenorMonths: 12,
    annualRate: '12',
    method: 'FLAT' as const,
    disbursementDate,
    firstDueDate,
  });
  const loans = await seedLoans(
    dataSource,
    [
      spec(won.id, '80000000', '2026-11-20', '2026-12-20'),
      spec(won.id, '40000000', '2026-11-25', '2026-12-25'),
      spec(other.id, '60000000', '2026-06-01', '2026-07-01'),
    ],
    adminId,
  );
  const q = (n: string) => dataSource.driver.escape(n);
  await dataSource.query(`UPDATE ${q('loan')} SET ${q('daysPastDue')} = 45, ${q('collectibility')} = 2 WHERE ${q('id')} = ?`, [loans[2].id]);
  const snapshot = (loan: number, monthEnd: string, amount: string, daysPastDue: number, collectibility: number, due: string, collected: string) =>
    m.insert(LoanMonthEnd, {
      loanId: loans[loan].id,
      monthEnd,
      clientId: loans[loan].clientId,
      officerId: officerA.id,
      officeId: wita.id,
      principal: rp(amount),
      outstandingPrincipal: rp(amount),
      arrears: 0n,
      arrearsPrincipal: 0n,
      arrearsInterest: 0n,
      dueInMonth: rp(due),
      collectedInMonth: rp(collected),
      daysPastDue,
      collectibility,
      status: 'ACTIVE',
      annualRateMicro: 12_000_000,
      maturityDate: '2027-06-01',
    });
  // The older loan: current in September, 100 days late (grade 3) in October, 45 days (grade 2) in November.
  await snapshot(2, '2026-09-30', '60000000', 0, 1, '5600000', '5600000');
  await snapshot(2, '2026-10-31', '60000000', 100, 3, '5600000', '0');
  await snapshot(2, '2026-11-30', '60000000', 45, 2, '5600000', '2800000');
  await snapshot(0, '2026-11-30', '80000000', 0, 1, '0', '0');
  await snapshot(1, '2026-11-30', '40000000', 0, 1, '0', '0');
  return { regionId: region.id, witaId: wita.id, witId: wit.id, officerA, officerB, campaignId: campaign.id, loanIds: loans.map((l) => l.id) };
}
