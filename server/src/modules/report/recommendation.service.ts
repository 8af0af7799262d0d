/** Recommendations to management over the viewer's reach, and the thresholds their rules use. */
import type { DataSource } from 'typeorm';
import type { AccessService } from '../access/access.service.js';
import type { LoanMonthEndService } from '../loan/loan-month-end.service.js';
import type { User } from '../user/user.entity.js';
import { RECOMMENDATION_THRESHOLDS, THRESHOLD_KEYS } from './recommendation-settings.js';
import type { RecommendationSettings } from './recommendation-settings.js';
import type { Finding, RecommendationThreshold } from './recommendation.types.js';
import { recommendations } from './recommendations.js';
import { checkPeriod } from './report-period.js';
import { reportScope } from './report-scope.js';

export class RecommendationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly monthEnds: LoanMonthEndService,
    readonly settings: RecommendationSettings,
    private readonly clock: () => Date,
  ) {}

  async findings(viewer: User, from: string, to: string, officeId: string | null): Promise<Finding[]> {
    const period = checkPeriod(from, to);
    const scope = await reportScope(this.dataSource, this.access, viewer, officeId, null);
    return recommendations({
      dataSource: this.dataSource,
      viewer,
      scope,
      period,
      thresholds: await this.settings.thresholds(),
      now: this.clock(),
      isClosed: (monthEnd) => this.monthEnds.isClosed(monthEnd),
    });
  }

  async thresholds(): Promise<RecommendationThreshold[]> {
    const stored = await this.settings.thresholds();
    return THRESHOLD_KEYS.map((key) => {
      const rule = RECOMMENDATION_THRESHOLDS[key];
      return { key, unit: rule.unit, value: stored[key] / 1_000_000, defaultValue: rule.value, min: rule.min, max: rule.max };
    });
  }

  async setThreshold(viewer: User, key: string, value: number): Promise<RecommendationThreshold> {
    await this.settings.set(viewer, key, value);
    const all = await this.thresholds();
    return all.find((t) => t.key === key) ?? all[0];
  }
}
