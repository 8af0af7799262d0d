/**
 * The thresholds of the recommendation rules: read by every report viewer, set by managers and admins
 * (audited). Each is a number in its unit — a ratio 0..1, a factor, a count of leads or of days.
 */
import type { DataSource } from 'typeorm';
import type { TransactionRunner } from '../../db/transaction.js';
import { ForbiddenError, InputError } from '../../errors.js';
import type { User } from '../user/user.entity.js';
import { RecommendationSetting } from './recommendation-setting.entity.js';

export type ThresholdUnit = 'RATIO' | 'FACTOR' | 'COUNT' | 'DAYS';

export const RECOMMENDATION_THRESHOLDS = {
  /** The least fall of a stage's conversion against the previous period, in share points. */
  CONVERSION_DROP: { unit: 'RATIO', value: 0.1, min: 0.01, max: 1 },
  /** Leads that must have entered the stage in both periods for its conversion to count. */
  CONVERSION_MIN_LEADS: { unit: 'COUNT', value: 5, min: 1, max: 10_000 },
  /** PAR30 above which a rising officer is named. */
  PAR30_LIMIT: { unit: 'RATIO', value: 0.05, min: 0, max: 1 },
  /** A campaign's cost per won above this many times the average. */
  COST_PER_WON_FACTOR: { unit: 'FACTOR', value: 2, min: 1, max: 100 },
  /** Days without activity after which an open lead is stale. */
  STALE_DAYS: { unit: 'DAYS', value: 14, min: 1, max: 365 },
  /** The share of open leads gone stale from which it is a finding. */
  STALE_SHARE: { unit: 'RATIO', value: 0.25, min: 0.01, max: 1 },
  /** Payables above this many times a campaign's budget. */
  BUDGET_OVERRUN: { unit: 'FACTOR', value: 1, min: 0.5, max: 10 },
} as const satisfies Record<string, { unit: ThresholdUnit; value: number; min: number; max: number }>;

export type ThresholdKey = keyof typeof RECOMMENDATION_THRESHOLDS;
export const THRESHOLD_KEYS = Object.keys(RECOMMENDATION_THRESHOLDS) as ThresholdKey[];

/** Each threshold in millionths, as the rules compare them. */
export type Thresholds = Record<ThresholdKey, number>;

const micro = (value: number): number => Math.round(value * 1_000_000);

export class RecommendationSettings {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  async thresholds(): Promise<Thresholds> {
    const rows = await this.dataSource.getRepository(RecommendationSetting).find();
    const stored = new Map(rows.map((r) => [r.setting, r.microValue]));
    return Object.fromEntries(THRESHOLD_KEYS.map((key) => [key, stored.get(key) ?? micro(RECOMMENDATION_THRESHOLDS[key].value)])) as Thresholds;
  }

  async set(actor: User, key: string, value: number): Promise<number> {
    if (actor.role !== 'MANAGER' && actor.role !== 'ADMIN') throw new ForbiddenError('Managers and admins set the recommendation thresholds');
    if (!(key in RECOMMENDATION_THRESHOLDS)) throw InputError.field('key', 'INVALID', `one of ${THRESHOLD_KEYS.join(', ')}`);
    const rule = RECOMMENDATION_THRESHOLDS[key as ThresholdKey];
    const whole = rule.unit === 'COUNT' || rule.unit === 'DAYS';
    if (!Number.isFinite(value) || value < rule.min || value > rule.max || (whole && !Number.isInteger(value)))
      throw InputError.field(
        'value',
        'INVALID',
        `${whole ? 'a whole number ' : ''}between ${rule.min} and ${rule.max}`,
        { min: rule.min, max: rule.max },
        'OUT_OF_RANGE',
      );
    const microValue = micro(value);
    return this.transactions.run(async (tx) => {
      const before = await tx.manager.findOneBy(RecommendationSetting, { setting: key });
      await tx.manager.upsert(RecommendationSetting, { setting: key, microValue }, ['setting']);
      await tx.audit({
        entityType: 'RecommendationSetting',
        entityId: key,
        action: 'update',
        actorId: actor.id,
        before: { value: before ? before.microValue / 1_000_000 : rule.value },
        after: { value: microValue / 1_000_000 },
      });
      return microValue / 1_000_000;
    });
  }
}
