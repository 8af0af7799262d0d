/**
 * Complaint SLA compliance per bucket of a period: received, resolved (by the latest resolution, as the
 * complaints report counts it), resolved by the deadline or after it, and those open past their deadline
 * at each bucket's last local midnight. The SLA is the complaint module's clock; nothing is reckoned twice.
 */
import type { DataSource } from 'typeorm';
import { addDays, COMPLAINT_DONE_STATUSES, startOfBusinessDate } from '@prospek/shared';
import { toBusinessDate } from '../../db/columns.js';
import { complaintSelectSql } from '../complaint/complaint-card.js';
import type { ComplaintRow } from '../complaint/complaint-card.js';
import type { ComplaintReadService } from '../complaint/complaint-read.service.js';
import { bucketOf, instantBounds, periodBuckets } from './report-period.js';
import type { Grouping, Period } from './report-period.js';
import { reportQuery } from './report-reader.js';
import { placeholders } from './report-scope.js';
import type { ReportScope } from './report-scope.js';
import { ratio } from './report-sql.js';
import type { ComplaintSlaPoint, ComplaintSlaTrend } from './trend.types.js';

export async function complaintSlaTrend(
  dataSource: DataSource,
  reads: ComplaintReadService,
  scope: ReportScope,
  period: Period,
  grouping: Grouping,
): Promise<ComplaintSlaTrend> {
  const q = reads.dialect.id;
  const buckets = periodBuckets(period, grouping);
  const points: ComplaintSlaPoint[] = buckets.map((b) => ({
    period: b.period,
    periodEnd: b.last,
    received: 0,
    resolved: 0,
    resolvedWithinSla: 0,
    breached: 0,
    compliance: null,
    openPastDeadline: 0,
  }));
  const byBucket = new Map(points.map((p) => [p.period, p]));
  const owner = scope.officerId === null ? { sql: '', params: [] as unknown[] } : { sql: ` AND cp.${q('ownerId')} = ?`, params: [scope.officerId] };
  for (const [zone, ids] of scope.zones) {
    // Received by the period's end and, if before it, still open or touched since it began (a resolution is an update).
    const rows = await reportQuery<ComplaintRow>(
      dataSource,
      `${complaintSelectSql(reads.dialect)} WHERE cp.${q('officeId')} IN ${placeholders(ids)}${owner.sql} AND cp.${q('archivedAt')} IS NULL
         AND cp.${q('receivedAt')} <= ? AND (cp.${q('receivedAt')} >= ? OR cp.${q('status')} NOT IN ${placeholders(COMPLAINT_DONE_STATUSES)}
           OR cp.${q('updatedAt')} >= ?)`,
      [...ids, ...owner.params, period.to, period.from, ...COMPLAINT_DONE_STATUSES, reads.dialect.instant(instantBounds(period, zone).start)],
    );
    if (rows.length === 0) continue;
    for (const view of await reads.views(dataSource.manager, rows)) {
      if (view.receivedAt >= period.from) (byBucket.get(bucketOf(view.receivedAt, grouping)) as ComplaintSlaPoint).received += 1;
      if (view.resolvedOn === null || view.resolvedOn < period.from || view.resolvedOn > period.to) continue;
      const point = byBucket.get(bucketOf(view.resolvedOn, grouping)) as ComplaintSlaPoint;
      point.resolved += 1;
      if (view.breached) point.breached += 1;
      else point.resolvedWithinSla += 1;
    }
    const clocked = rows.map((r) => ({
      id: Number(r.id),
      officeId: Number(r.officeId),
      receivedAt: toBusinessDate(r.receivedAt) as string,
      completeOn: toBusinessDate(r.completeOn) as string,
      extendedOn: toBusinessDate(r.extendedOn),
      sla: {
        workingDays: r.slaWorkingDays === null ? null : Number(r.slaWorkingDays),
        extensionDays: r.slaExtensionDays === null ? null : Number(r.slaExtensionDays),
        warningDays: r.categoryWarningDays === null ? null : Number(r.categoryWarningDays),
      },
    }));
    // The last instant of each bucket's last day in this zone.
    const instants = points.map((p) => new Date(startOfBusinessDate(addDays(p.periodEnd, 1), zone).getTime() - 1));
    const states = await reads.clock.at(dataSource.manager, clocked, instants);
    points.forEach((point, i) => {
      for (const c of clocked) {
        const sla = states[i].get(c.id);
        if (sla && c.receivedAt <= point.periodEnd && !sla.done && sla.breached) point.openPastDeadline += 1;
      }
    });
  }
  for (const point of points) point.compliance = point.resolved === 0 ? null : ratio(point.resolvedWithinSla, point.resolved);
  return { points };
}
