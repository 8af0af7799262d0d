/**
 * The funnel and the pipeline velocity, computed in SQL, against a plain recount in the test of the same
 * random stage histories: three offices in three zones, changes at equal instants, near local midnights,
 * skipped stages, losses, and histories back-dated before the lead was created.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEAD_STAGES, officeZone, startOfBusinessDate, addDays } from '@prospek/shared';
import type { LeadStage } from '@prospek/shared';
import { Lead } from '../../server/src/modules/lead/lead.entity.js';
import { keepStageHistory } from '../../server/src/db/stage-history.js';
import { LeadStageChange } from '../../server/src/modules/lead/lead-stage-change.entity.js';
import { Office } from '../../server/src/modules/office/office.entity.js';
import { User } from '../../server/src/modules/user/user.entity.js';
import { databaseTargets } from '../helpers/databases.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const PERIOD = { from: '2026-11-01', to: '2026-11-30' };
const PIPELINE: readonly LeadStage[] = LEAD_STAGES.filter((s) => s !== 'LOST');
const OPEN = PIPELINE.filter((s) => s !== 'WON');
const FUNNEL = `query($from: LocalDate!, $to: LocalDate!, $officeId: ID) { salesFunnel(from: $from, to: $to, officeId: $officeId) {
  stages { stage entered conversionToNext } } }`;
const VELOCITY = `query($from: LocalDate!, $to: LocalDate!, $officeId: ID) { pipelineVelocity(from: $from, to: $to, officeId: $officeId) {
  stages { stage medianDays p90Days sampleSize } medianDaysToWin wonSampleSize } }`;

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

interface Change {
  id: number;
  leadId: number;
  toStage: LeadStage;
  at: number;
}

const rank = (stage: LeadStage) => PIPELINE.indexOf(stage);
const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.trunc((part * 1_000_000) / whole) / 1_000_000);
const days = (ms: number) => Math.round((ms / 86_400_000) * 100) / 100;
const median = (s: number[]) => (s.length === 0 ? null : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2);
const p90 = (s: number[]) => (s.length === 0 ? null : s[Math.max(1, Math.ceil(0.9 * s.length)) - 1]);

describe.each(databaseTargets)('funnel and velocity recounted on $kind', (target) => {
  let server: TestServer;
  let manager: string;
  let regionId: number;
  let inPeriod: (officeId: number, at: number) => boolean;
  const leads: Array<{ id: number; officeId: number; createdAt: number }> = [];
  const changes: Change[] = [];

  beforeAll(async () => {
    server = await startServer(target);
    const m = server.app.dataSource.manager;
    const ho = await m.findOneByOrFail(Office, { code: 'KP-JKT' });
    const region = await m.save(Office, m.create(Office, { code: 'KW-ACAK', name: 'Kantor Wilayah Acak', parentId: ho.id }));
    regionId = region.id;
    const offices = [
      await m.save(Office, m.create(Office, { code: 'KC-ACAK-WIB', name: 'Cabang WIB', parentId: region.id, timeZone: 'Asia/Jakarta' })),
      await m.save(Office, m.create(Office, { code: 'KC-ACAK-WITA', name: 'Cabang WITA', parentId: region.id, timeZone: 'Asia/Makassar' })),
      await m.save(Office, m.create(Office, { code: 'KC-ACAK-WIT', name: 'Cabang WIT', parentId: region.id, timeZone: 'Asia/Jayapura' })),
    ];
    const bounds = new Map(
      offices.map((o) => [
        o.id,
        [startOfBusinessDate(PERIOD.from, officeZone(o.timeZone)).getTime(), startOfBusinessDate(addDays(PERIOD.to, 1), officeZone(o.timeZone)).getTime()],
      ]),
    );
    inPeriod = (officeId, at) => {
      const [start, end] = bounds.get(officeId)!;
      return at >= start && at < end;
    };
    const owner = await m.findOneByOrFail(User, { email: 'officer1@prospek.test' });
    const next = random(20261207);
    const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)];
    // Instants from mid-October to mid-December, on whole hours near midnights or at any millisecond.
    const base = Date.parse('2026-10-15T00:00:00Z');
    const instant = () => base + Math.floor(next() * 60) * 86_400_000 + (next() < 0.5 ? pick([15, 16, 17]) * 3_600_000 : Math.floor(next() * 86_400_000));
    for (let i = 0; i < 60; i++) {
      const office = pick(offices);
      let at = instant();
      const history: Array<[LeadStage, number]> = [];
      let stage: LeadStage = 'NEW';
      history.push([stage, at]);
      for (let k = 0; k < Math.floor(next() * 6); k++) {
        const r = next();
        if (r < 0.15) stage = 'LOST';
        else stage = PIPELINE[Math.min(PIPELINE.length - 1, rank(stage) + 1 + (r < 0.3 ? 1 : 0))];
        // Some changes at the very instant of the one before.
        at += next() < 0.2 ? 0 : Math.floor(next() * 10 * 86_400_000);
        history.push([stage, at]);
        if (stage === 'WON' || stage === 'LOST') break;
      }
      // Some histories imported back-dated: the lead row created after its first change.
      const createdAt = next() < 0.3 ? history[0][1] + Math.floor(next() * 5 * 86_400_000) : history[0][1];
      const lead = await m.save(
        Lead,
        m.create(Lead, {
          fullName: `Acak ${i}`,
          source: 'WALK_IN',
          segment: 'MICRO',
          estimatedAmount: 1_000_000_00n,
          stage,
          position: `ac${String(i).padStart(3, '0')}`,
          ownerId: owner.id,
          officeId: office.id,
          stageEnteredAt: new Date(at),
          createdById: owner.id,
          createdAt: new Date(createdAt),
        }),
      );
      leads.push({ id: lead.id, officeId: office.id, createdAt });
      let from: LeadStage | null = null;
      for (const [toStage, when] of history) {
        const saved = await m.save(
          LeadStageChange,
          m.create(LeadStageChange, { leadId: lead.id, fromStage: from, toStage, changedById: owner.id, changedAt: new Date(when) }),
        );
        changes.push({ id: saved.id, leadId: lead.id, toStage, at: when });
        from = toStage;
      }
      await keepStageHistory(m, [lead.id]);
    }
    manager = await server.login('manager@prospek.test');
  });
  afterAll(() => server?.close());

  const officeOf = (leadId: number) => leads.find((l) => l.id === leadId)!.officeId;
  const ordered = (leadId: number) => changes.filter((c) => c.leadId === leadId).sort((a, b) => a.at - b.at || a.id - b.id);

  it('counts each stage entered and the share that went further within the period', async () => {
    const within = changes.filter((c) => inPeriod(officeOf(c.leadId), c.at));
    const expected = LEAD_STAGES.map((stage) => {
      const entered = within.filter((c) => c.toStage === stage);
      const n = new Set(entered.map((c) => c.leadId)).size;
      const moved = new Set(
        entered
          .filter((a) => within.some((b) => b.leadId === a.leadId && rank(b.toStage) > rank(a.toStage) && (b.at > a.at || (b.at === a.at && b.id > a.id))))
          .map((c) => c.leadId),
      ).size;
      return { stage, entered: n, conversionToNext: stage === 'WON' || stage === 'LOST' ? null : ratio(moved, n) };
    });
    expect(expected.some((s) => (s.conversionToNext ?? 0) > 0)).toBe(true);
    const funnel = expectData(
      await server.gql<{ salesFunnel: { stages: unknown[] } }>(FUNNEL, { ...PERIOD, officeId: String(regionId) }, { token: manager }),
    ).salesFunnel;
    expect(funnel.stages).toEqual(expected);
  });

  it('measures each stay ended and each win in the period from the history before it', async () => {
    const stays = new Map<LeadStage, number[]>(OPEN.map((s) => [s, []]));
    const toWin: number[] = [];
    for (const lead of leads) {
      const history = ordered(lead.id);
      history.forEach((c, i) => {
        if (!inPeriod(lead.officeId, c.at)) return;
        const before = history[i - 1];
        if (before && before.toStage !== 'WON' && before.toStage !== 'LOST') stays.get(before.toStage)!.push(c.at - before.at);
        if (c.toStage === 'WON') toWin.push(c.at - Math.min(lead.createdAt, history[0].at));
      });
    }
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
    const figure = (value: number | null) => (value === null ? null : days(value));
    const expected = {
      stages: OPEN.map((stage) => {
        const sample = sorted(stays.get(stage)!);
        return { stage, medianDays: figure(median(sample)), p90Days: figure(p90(sample)), sampleSize: sample.length };
      }),
      medianDaysToWin: figure(median(sorted(toWin))),
      wonSampleSize: toWin.length,
    };
    expect(expected.stages.filter((s) => s.sampleSize > 1).length).toBeGreaterThan(1);
    const velocity = expectData(
      await server.gql<{ pipelineVelocity: unknown }>(VELOCITY, { ...PERIOD, officeId: String(regionId) }, { token: manager }),
    ).pipelineVelocity;
    expect(velocity).toEqual(expected);
  });
});
