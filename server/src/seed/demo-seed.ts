/**
 * Demo data: a head office and branches (Bandung; Makassar in WITA and Jayapura in WIT), officers of several AO segments, a marketing user, a manager,
 * an admin, and about 200 leads across the pipeline. Deterministic, so every fresh start looks alike.
 */
import { IsNull } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { LEAD_STAGES, addDays, businessDate, normalizeIndonesianPhone, positionsAfter, rateToMicroPercent } from '@prospek/shared';
import type { LeadSource, LeadStage, Role, Segment } from '@prospek/shared';
import { keepStageHistory } from '../db/stage-history.js';
import { hashPassword } from '../modules/auth/password.js';
import { startCifCounter } from '../modules/client/cif.js';
import { Activity } from '../modules/follow-up/activity.entity.js';
import { Client } from '../modules/client/client.entity.js';
import { CifSequence } from '../modules/client/client.entity.js';
import { LeadDocument } from '../modules/lead/lead-document.entity.js';
import { Lead } from '../modules/lead/lead.entity.js';
import { Offer } from '../modules/offer/offer.entity.js';
import { Product } from '../modules/product/product.entity.js';
import { LeadStageChange } from '../modules/lead/lead-stage-change.entity.js';
import { Office } from '../modules/office/office.entity.js';
import { User } from '../modules/user/user.entity.js';
import { COMPANY_PREFIXES, COMPANY_WORDS, FIRST_NAMES, LAST_NAMES, LOST_REASONS, MOBILE_PREFIXES, REFERRERS } from './demo-names.js';
import { DEMO_PRODUCTS } from './demo-products.js';

export const DEMO_PASSWORD = 'demo1234';

/** Mulberry32: a small seeded generator, so the demo is the same on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}

interface DemoUser {
  key: string;
  email: string;
  name: string;
  role: Role;
  office: 'HO' | 'BDG' | 'MKS';
  segment: Segment | null;
}

export const DEMO_USERS: DemoUser[] = [
  { key: 'admin', email: 'admin@prospek.test', name: 'Admin Sistem', role: 'ADMIN', office: 'HO', segment: null },
  { key: 'manager', email: 'manager@prospek.test', name: 'Hendra Gunawan', role: 'MANAGER', office: 'HO', segment: null },
  { key: 'officer1', email: 'officer1@prospek.test', name: 'Rina Kusuma', role: 'OFFICER', office: 'HO', segment: 'MICRO' },
  { key: 'officer2', email: 'officer2@prospek.test', name: 'Agus Saputra', role: 'OFFICER', office: 'BDG', segment: 'SME' },
  { key: 'officer3', email: 'officer3@prospek.test', name: 'Dewi Lestari', role: 'OFFICER', office: 'BDG', segment: 'SECURED_LOAN' },
  { key: 'officer4', email: 'officer4@prospek.test', name: 'Fajar Nugroho', role: 'OFFICER', office: 'HO', segment: 'CREDIT' },
  { key: 'marketing', email: 'marketing@prospek.test', name: 'Putri Maharani', role: 'MARKETING', office: 'HO', segment: null },
  { key: 'officer5', email: 'officer5@prospek.test', name: 'Andi Pratama', role: 'OFFICER', office: 'MKS', segment: 'MICRO' },
];

/** Officers the generated leads are spread over; the Makassar officer starts with an empty board. */
const LEAD_OWNERS = ['officer1', 'officer2', 'officer3', 'officer4'];

/** Amount range in rupiah per segment. */
const AMOUNTS: Record<Segment, [number, number]> = {
  MICRO: [5_000_000, 100_000_000],
  SME: [150_000_000, 2_500_000_000],
  SECURED_LOAN: [100_000_000, 1_500_000_000],
  FINANCIAL_SERVICES: [10_000_000, 500_000_000],
  CREDIT: [20_000_000, 400_000_000],
};

const STAGE_WEIGHTS: Array<[LeadStage, number]> = [
  ['NEW', 45],
  ['CONTACTED', 35],
  ['PRESENTED', 30],
  ['APPLICATION', 22],
  ['SURVEY', 18],
  ['COMMITTEE', 14],
  ['WON', 20],
  ['LOST', 16],
];

const SOURCES: LeadSource[] = ['BROCHURE', 'SOCIAL_MEDIA', 'REFERRAL', 'WALK_IN', 'EVENT', 'WEBSITE', 'OTHER'];

/** `hour`:00 in Jakarta (UTC+7) on the business date of `instant`. */
function officeHour(instant: number, hour: number): Date {
  const date = businessDate(new Date(instant));
  return new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+07:00`);
}

function phoneFor(rng: ReturnType<typeof random>): string {
  for (;;) {
    const raw = `${rng.pick(MOBILE_PREFIXES)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
    const normalized = normalizeIndonesianPhone(raw);
    if (normalized) return normalized;
  }
}

export async function seedDemoData(manager: EntityManager, options: { leads?: number } = {}): Promise<void> {
  const rng = random(20261123);
  const ho = await manager.save(Office, manager.create(Office, { code: 'KP-JKT', name: 'Kantor Pusat Jakarta', parentId: null }));
  const bdg = await manager.save(Office, manager.create(Office, { code: 'KC-BDG', name: 'Kantor Cabang Bandung', parentId: ho.id }));
  // Branches outside Java keep their own time zone (WITA, WIT).
  const mks = await manager.save(
    Office,
    manager.create(Office, { code: 'KC-MKS', name: 'Kantor Cabang Makassar', parentId: ho.id, timeZone: 'Asia/Makassar' }),
  );
  const jap = await manager.save(
    Office,
    manager.create(Office, { code: 'KC-JAP', name: 'Kantor Cabang Jayapura', parentId: ho.id, timeZone: 'Asia/Jayapura' }),
  );
  for (const office of [ho, bdg, mks, jap]) await startCifCounter(manager, office.id);
  const officeOf = { HO: ho.id, BDG: bdg.id, MKS: mks.id };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = new Map<string, User>();
  for (const u of DEMO_USERS) {
    const saved = await manager.save(
      User,
      manager.create(User, {
        email: u.email,
        name: u.name,
        role: u.role,
        officeId: officeOf[u.office],
        segment: u.segment,
        passwordHash,
        active: true,
      }),
    );
    users.set(u.key, saved);
  }
  const officers = LEAD_OWNERS.map((key) => users.get(key) as User);
  const total = options.leads ?? STAGE_WEIGHTS.reduce((sum, [, n]) => sum + n, 0);
  const scale = total / STAGE_WEIGHTS.reduce((sum, [, n]) => sum + n, 0);
  const now = Date.now();
  const day = 86_400_000;

  for (const [stage, weight] of STAGE_WEIGHTS) {
    const count = Math.max(1, Math.round(weight * scale));
    const positions = positionsAfter(null, count);
    const leads: Array<Partial<Lead>> = [];
    const histories: Array<Array<[LeadStage | null, LeadStage, Date]>> = [];
    for (let i = 0; i < count; i++) {
      const owner = rng.next() < 0.08 ? null : rng.pick(officers);
      const segment = owner?.segment ?? rng.pick(['MICRO', 'SME', 'CREDIT'] as Segment[]);
      const [min, max] = AMOUNTS[segment];
      const rupiah = Math.round(rng.int(min, max) / 1_000_000) * 1_000_000;
      const first = rng.pick(FIRST_NAMES);
      const last = rng.pick(LAST_NAMES);
      const source = rng.pick(SOURCES);
      const stageIndex = LEAD_STAGES.indexOf(stage);
      const pathEnd = stage === 'LOST' ? rng.int(0, 5) : stageIndex;
      const created = now - rng.int(5, 120) * day;
      const path: Array<[LeadStage | null, LeadStage, Date]> = [[null, 'NEW', new Date(created)]];
      let at = created;
      for (let s = 1; s <= pathEnd; s++) {
        at += rng.int(1, 9) * day;
        path.push([LEAD_STAGES[s - 1], LEAD_STAGES[s], new Date(Math.min(at, now - day))]);
      }
      if (stage === 'LOST') path.push([LEAD_STAGES[pathEnd], 'LOST', new Date(Math.min(at + rng.int(1, 9) * day, now - day))]);
      const enteredAt = path[path.length - 1][2];
      const open = stage !== 'WON' && stage !== 'LOST';
      const nextRoll = rng.next();
      const nextActionAt = !open || nextRoll < 0.2 ? null : officeHour(now + rng.int(-6, 10) * day, rng.int(8, 16));
      leads.push({
        fullName: `${first} ${last}`,
        companyName: rng.next() < 0.75 ? `${rng.pick(COMPANY_PREFIXES)} ${rng.pick(COMPANY_WORDS)}` : null,
        phone: phoneFor(rng),
        whatsapp: null,
        email: rng.next() < 0.4 ? `${first}.${last}${rng.int(1, 99)}@contoh.co.id`.toLowerCase() : null,
        nik: null,
        source,
        referrerName: source === 'REFERRAL' ? rng.pick(REFERRERS) : null,
        segment,
        estimatedAmount: BigInt(rupiah) * 100n,
        currency: 'IDR',
        stage,
        position: positions[i],
        ownerId: owner?.id ?? null,
        officeId: owner?.officeId ?? ho.id,
        expectedCloseDate: open ? new Date(now + rng.int(7, 90) * day).toISOString().slice(0, 10) : null,
        nextActionAt,
        lostReason: stage === 'LOST' ? rng.pick(LOST_REASONS) : null,
        notes: null,
        stageEnteredAt: enteredAt,
        // A demo book built up over months, not all on the day it was seeded.
        createdAt: new Date(created),
        createdById: (owner ?? (users.get('marketing') as User)).id,
      });
      histories.push(path);
    }
    const result = await manager.insert(Lead, leads);
    const changes = result.identifiers.flatMap((identifier, i) =>
      histories[i].map(([fromStage, toStage, changedAt]) => ({
        leadId: Number(identifier.id),
        fromStage,
        toStage,
        changedById: leads[i].createdById as number,
        changedAt,
      })),
    );
    for (let i = 0; i < changes.length; i += 200) await manager.insert(LeadStageChange, changes.slice(i, i + 200));
    await keepStageHistory(
      manager,
      result.identifiers.map((identifier) => Number(identifier.id)),
    );
  }
}

const PRODUCT_BY_SEGMENT: Record<Segment, string> = {
  MICRO: 'KUR-MIKRO',
  SME: 'KMK-UKM',
  CREDIT: 'KKB',
  SECURED_LOAN: 'KAS',
  FINANCIAL_SERVICES: 'DEPO',
};

const clamp = (value: bigint, min: bigint, max: bigint) => (value < min ? min : value > max ? max : value);

/**
 * The catalog, and what the pipeline implies: a presented offer from PRESENTED on, an accepted one
 * with its documents from APPLICATION on (all documents from COMMITTEE on), a client for every win.
 */
export async function seedDemoSales(manager: EntityManager): Promise<void> {
  for (const p of DEMO_PRODUCTS) {
    await manager.insert(Product, {
      code: p.code,
      name: p.name,
      kind: p.kind,
      segment: p.segment,
      interestMethod: p.interestMethod,
      minRateMicro: Number(rateToMicroPercent(p.rates[0])),
      maxRateMicro: Number(rateToMicroPercent(p.rates[1])),
      minTenorMonths: p.tenors[0],
      maxTenorMonths: p.tenors[1],
      minAmount: BigInt(p.amounts[0]) * 100n,
      maxAmount: BigInt(p.amounts[1]) * 100n,
      fee: BigInt(p.fee) * 100n,
      vatTreatment: p.vat,
      description: p.description,
      requirementsJson: JSON.stringify(p.requirements.map(([code, label]) => ({ code, label }))),
      active: true,
    });
  }
  const products = new Map((await manager.find(Product)).map((p) => [p.code, p]));
  const today = businessDate();
  const leads = await manager.find(Lead, { order: { id: 'ASC' } });
  const stageIndex = (stage: string) => LEAD_STAGES.indexOf(stage as (typeof LEAD_STAGES)[number]);
  for (const lead of leads) {
    const index = stageIndex(lead.stage);
    if (lead.stage === 'LOST' || index < stageIndex('PRESENTED')) continue;
    const product = products.get(PRODUCT_BY_SEGMENT[lead.segment ?? 'MICRO']) as Product;
    const accepted = index >= stageIndex('APPLICATION');
    const amount = product.kind === 'DEPOSIT' ? lead.estimatedAmount : clamp(lead.estimatedAmount, product.minAmount, product.maxAmount);
    const tenor = Math.min(product.maxTenorMonths, Math.max(product.minTenorMonths, 24));
    const inserted = await manager.insert(Offer, {
      leadId: lead.id,
      clientId: null,
      productId: product.id,
      amount,
      tenorMonths: tenor,
      annualRateMicro: product.minRateMicro,
      interestMethod: product.interestMethod,
      status: accepted ? 'ACCEPTED' : 'PRESENTED',
      validUntil: addDays(today, 14),
      presentedAt: lead.stageEnteredAt,
      decidedAt: accepted ? lead.stageEnteredAt : null,
      createdAt: lead.stageEnteredAt,
      declineReason: null,
      createdById: lead.ownerId ?? lead.createdById,
    });
    if (!accepted) continue;
    const requirements = product.requirements;
    const received = index >= stageIndex('COMMITTEE') ? requirements : requirements.slice(0, Math.ceil(requirements.length / 2));
    if (received.length > 0) {
      await manager.insert(
        LeadDocument,
        received.map((r) => ({ leadId: lead.id, code: r.code, receivedById: lead.ownerId ?? lead.createdById })),
      );
    }
    if (lead.stage === 'WON') {
      const office = await manager.findOneByOrFail(CifSequence, { officeId: lead.officeId });
      const number = office.lastNumber + 1;
      await manager.update(CifSequence, { officeId: lead.officeId }, { lastNumber: number });
      const code = (await manager.query('SELECT code FROM office WHERE id = ?', [lead.officeId]))[0].code as string;
      const client = await manager.insert(Client, {
        cif: `${code}-${String(number).padStart(6, '0')}`,
        type: 'PERSON',
        name: lead.fullName,
        nik: null,
        npwp: null,
        birthDate: null,
        gender: null,
        phone: lead.phone,
        whatsapp: lead.whatsapp,
        email: lead.email,
        address: null,
        officerId: lead.ownerId,
        officeId: lead.officeId,
        segment: lead.segment,
        status: 'ACTIVE',
        sourceLeadId: lead.id,
      });
      const clientId = Number(client.identifiers[0].id);
      await manager.update(Lead, { id: lead.id }, { clientId });
      await manager.update(Offer, { id: Number(inserted.identifiers[0].id) }, { clientId });
    }
  }
}

const FOLLOW_UP_TYPES = ['CALL', 'WHATSAPP', 'VISIT', 'CALL', 'WHATSAPP', 'MEETING'] as const;
const DONE_OUTCOMES = ['REACHED', 'INTERESTED', 'CALL_BACK', 'NO_ANSWER', 'DOCUMENTS_RECEIVED', 'VISITED'] as const;
const DONE_NOTES = [
  'Sudah dijelaskan simulasi angsuran, minta waktu diskusi dengan keluarga',
  'Minta dikirim brosur lewat WhatsApp',
  'Usaha ramai menjelang akhir tahun, butuh tambahan modal stok',
  'Belum bisa dihubungi, coba lagi sore hari',
  'Fotokopi KTP dan KK sudah diambil',
  'Survei lokasi usaha: toko milik sendiri, stok lengkap',
];

/**
 * Follow-ups behind the pipeline: the next action of each open lead is a scheduled activity, and most
 * leads had a contact lately (so only some are idle past their stage's limit).
 */
export async function seedDemoActivities(manager: EntityManager): Promise<void> {
  const now = Date.now();
  const leads = await manager.find(Lead, { where: { archivedAt: IsNull() }, order: { id: 'ASC' } });
  const rows: Array<Partial<Activity>> = [];
  const updates: Array<{ id: number; lastActivityAt: Date }> = [];
  for (const lead of leads) {
    if (lead.stage === 'WON' || lead.stage === 'LOST') continue;
    const owner = lead.ownerId;
    if (!owner) continue;
    const pick = lead.id % FOLLOW_UP_TYPES.length;
    if (lead.nextActionAt) {
      rows.push({ type: FOLLOW_UP_TYPES[pick], leadId: lead.id, ownerId: owner, createdById: owner, dueAt: lead.nextActionAt, doneAt: null, notes: null });
    }
    if (lead.id % 10 < 7) {
      const since = lead.stageEnteredAt.getTime();
      const doneAt = new Date(Math.max(since + 3_600_000, now - ((lead.id % 4) + 1) * 86_400_000));
      if (doneAt.getTime() < now) {
        rows.push({
          type: FOLLOW_UP_TYPES[(pick + 1) % FOLLOW_UP_TYPES.length],
          leadId: lead.id,
          ownerId: owner,
          createdById: owner,
          dueAt: null,
          doneAt,
          outcome: DONE_OUTCOMES[pick],
          notes: DONE_NOTES[pick],
          reminderSentAt: null,
        });
        updates.push({ id: lead.id, lastActivityAt: doneAt });
      }
    }
  }
  for (let i = 0; i < rows.length; i += 200) await manager.insert(Activity, rows.slice(i, i + 200));
  for (const update of updates) await manager.update(Lead, { id: update.id }, { lastActivityAt: update.lastActivityAt });
}
