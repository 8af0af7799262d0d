/**
 * What an officer should act on now, each with the figures behind it and a link to the record: loans in
 * arrears (worst first), promises to pay broken in the last 30 days, open leads idle past their stage's
 * limit, and offers presented that expire within a week. Evidence labels are codes the client words.
 */
import type { DataSource } from 'typeorm';
import { addDays, DEFAULT_STAGE_SLA_DAYS, moneyToDecimal } from '@prospek/shared';
import type { LeadStage } from '@prospek/shared';
import { reportQuery } from '../report/report-reader.js';
import { reportSql, toInstant } from '../report/report-sql.js';
import { StageSla } from '../stage-sla/stage-sla.entity.js';
import type { Recommendation } from './work-report.types.js';

const PER_RULE = 10;
const BROKEN_WITHIN_DAYS = 30;
const EXPIRING_WITHIN_DAYS = 7;
/** Idle days of a stage that has no limit set and no default. */
const FALLBACK_IDLE_DAYS = 14;
const OPEN_STAGES = ['NEW', 'CONTACTED', 'PRESENTED', 'APPLICATION', 'SURVEY', 'COMMITTEE'];

type Row = Record<string, string | number | Date | null>;

export async function workRecommendations(dataSource: DataSource, officerId: number, asOf: string, now: Date): Promise<Recommendation[]> {
  const s = reportSql(dataSource);
  const q = s.id;
  const money = (value: unknown) => moneyToDecimal(BigInt(String(value ?? 0)));
  const limit = ` LIMIT ${PER_RULE}`;

  const arrears = await reportQuery<Row>(
    dataSource,
    `SELECT ln.${q('id')} AS loanId, ln.${q('clientId')} AS clientId, c.${q('name')} AS name, ln.${q('daysPastDue')} AS dpd,
       ln.${q('arrears')} AS arrears, ln.${q('collectibility')} AS grade
     FROM ${q('loan')} ln JOIN ${q('client')} c ON c.${q('id')} = ln.${q('clientId')}
     WHERE ln.${q('officerId')} = ? AND ln.${q('status')} IN ('ACTIVE', 'RESTRUCTURED') AND ln.${q('daysPastDue')} > 0
     ORDER BY ln.${q('daysPastDue')} DESC, ln.${q('id')} ASC${limit}`,
    [officerId],
  );
  const broken = await reportQuery<Row>(
    dataSource,
    `SELECT p.${q('id')} AS id, ln.${q('id')} AS loanId, ln.${q('clientId')} AS clientId, c.${q('name')} AS name,
       p.${q('promisedDate')} AS promisedDate, p.${q('amount')} AS amount
     FROM ${q('payment_promise')} p JOIN ${q('loan')} ln ON ln.${q('id')} = p.${q('loanId')} JOIN ${q('client')} c ON c.${q('id')} = ln.${q('clientId')}
     WHERE ln.${q('officerId')} = ? AND p.${q('status')} = 'BROKEN' AND p.${q('promisedDate')} >= ? AND p.${q('promisedDate')} <= ?
     ORDER BY p.${q('promisedDate')} DESC, p.${q('id')} DESC${limit}`,
    [officerId, addDays(asOf, -BROKEN_WITHIN_DAYS), asOf],
  );
  const limits = new Map((await dataSource.manager.find(StageSla)).map((sla) => [sla.stage, sla.maxIdleDays]));
  const idleOf = (stage: string) => limits.get(stage) ?? DEFAULT_STAGE_SLA_DAYS[stage as LeadStage] ?? FALLBACK_IDLE_DAYS;
  const since = `COALESCE(l.${q('lastActivityAt')}, l.${q('stageEnteredAt')})`;
  const cutoff = `CASE l.${q('stage')} ${OPEN_STAGES.map(() => 'WHEN ? THEN ?').join(' ')} END`;
  const stale = await reportQuery<Row>(
    dataSource,
    `SELECT l.${q('id')} AS id, l.${q('fullName')} AS name, l.${q('stage')} AS stage, ${since} AS since
     FROM ${q('lead')} l WHERE l.${q('ownerId')} = ? AND l.${q('stage')} IN (${OPEN_STAGES.map(() => '?').join(', ')}) AND ${since} < ${cutoff}
     ORDER BY ${since} ASC, l.${q('id')} ASC${limit}`,
    [officerId, ...OPEN_STAGES, ...OPEN_STAGES.flatMap((stage) => [stage, s.instant(new Date(now.getTime() - idleOf(stage) * 86_400_000))])],
  );
  const expiring = await reportQuery<Row>(
    dataSource,
    `SELECT o.${q('id')} AS id, o.${q('leadId')} AS leadId, o.${q('clientId')} AS clientId, COALESCE(l.${q('fullName')}, c.${q('name')}) AS name,
       o.${q('validUntil')} AS validUntil, o.${q('amount')} AS amount
     FROM ${q('offer')} o LEFT JOIN ${q('lead')} l ON l.${q('id')} = o.${q('leadId')} LEFT JOIN ${q('client')} c ON c.${q('id')} = o.${q('clientId')}
     WHERE o.${q('createdById')} = ? AND o.${q('status')} = 'PRESENTED' AND o.${q('validUntil')} >= ? AND o.${q('validUntil')} <= ?
     ORDER BY o.${q('validUntil')} ASC, o.${q('id')} ASC${limit}`,
    [officerId, asOf, addDays(asOf, EXPIRING_WITHIN_DAYS)],
  );

  const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));
  return [
    ...arrears.map((r) => ({
      code: 'ARREARS',
      title: String(r.name),
      evidence: [
        { label: 'DAYS_PAST_DUE', value: String(r.dpd) },
        { label: 'ARREARS', value: money(r.arrears) },
        { label: 'GRADE', value: String(r.grade) },
      ],
      links: [
        { type: 'LOAN', id: String(r.loanId) },
        { type: 'CLIENT', id: String(r.clientId) },
      ],
    })),
    ...broken.map((r) => ({
      code: 'PROMISE_BROKEN',
      title: String(r.name),
      evidence: [
        { label: 'PROMISED_DATE', value: day(r.promisedDate) },
        { label: 'PROMISED_AMOUNT', value: money(r.amount) },
      ],
      links: [
        { type: 'LOAN', id: String(r.loanId) },
        { type: 'CLIENT', id: String(r.clientId) },
      ],
    })),
    ...stale.map((r) => ({
      code: 'STALE_LEAD',
      title: String(r.name),
      evidence: [
        { label: 'STAGE', value: String(r.stage) },
        { label: 'IDLE_DAYS', value: String(Math.floor((now.getTime() - toInstant(r.since as Date | string).getTime()) / 86_400_000)) },
      ],
      links: [{ type: 'LEAD', id: String(r.id) }],
    })),
    ...expiring.map((r) => ({
      code: 'OFFER_EXPIRING',
      title: String(r.name ?? ''),
      evidence: [
        { label: 'VALID_UNTIL', value: day(r.validUntil) },
        { label: 'AMOUNT', value: money(r.amount) },
      ],
      links: r.leadId !== null ? [{ type: 'LEAD', id: String(r.leadId) }] : [{ type: 'CLIENT', id: String(r.clientId) }],
    })),
  ];
}
