/**
 * Monthly targets per officer: managers set them for the officers of their office tree, admins for
 * anyone; officers read their own. A target is replaced in place (one per officer, month and metric).
 */
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { parseMoney } from '@prospek/shared';
import type { TransactionRunner } from '../../db/transaction.js';
import { InputError, NotFoundError } from '../../errors.js';
import type { TargetsChangedEvent } from '../../events/domain-events.js';
import type { AccessService } from '../access/access.service.js';
import { reachesOffice } from '../access/scope.js';
import { User } from '../user/user.entity.js';
import { MONEY_METRICS, OfficerTarget, TARGET_METRICS } from './officer-target.entity.js';
import type { TargetMetric } from './officer-target.entity.js';
import { checkMonth } from './report-period.js';
import { reportReader } from './report-reader.js';
import { reportScope } from './report-scope.js';

export interface TargetEntry {
  officerId: string;
  metric: TargetMetric;
  value: string;
}

const MAX_COUNT = 1_000_000n;
const MAX_MONEY = 10n ** 15n;

/** A target's value in sen (money) or units (counts); refuses negatives and nonsense. */
export function parseTargetValue(metric: TargetMetric, value: string, field: string): bigint {
  let parsed: bigint;
  try {
    parsed = MONEY_METRICS.includes(metric) ? parseMoney(value) : /^\d{1,9}$/.test(value.trim()) ? BigInt(value.trim()) : -1n;
  } catch {
    parsed = -1n;
  }
  const max = MONEY_METRICS.includes(metric) ? MAX_MONEY : MAX_COUNT;
  if (parsed < 0n || parsed > max)
    throw InputError.field(field, MONEY_METRICS.includes(metric) ? 'AMOUNT_INVALID' : 'INVALID', 'a whole, non-negative target', { min: 0 }, 'OUT_OF_RANGE');
  return parsed;
}

export class TargetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
  ) {}

  async set(actor: User, month: string, entries: TargetEntry[]): Promise<OfficerTarget[]> {
    checkMonth(month);
    if (entries.length === 0 || entries.length > 200)
      throw InputError.field('targets', 'INVALID', 'between 1 and 200 targets', { min: 1, max: 200 }, 'OUT_OF_RANGE');
    const values = entries.map((entry, i) => {
      if (!TARGET_METRICS.includes(entry.metric)) throw InputError.field(`targets.${i}.metric`, 'INVALID', 'a target metric');
      return parseTargetValue(entry.metric, entry.value, `targets.${i}.value`);
    });
    const ids = [...new Set(entries.map((e) => (/^\d{1,9}$/.test(e.officerId) ? Number(e.officerId) : 0)))];
    const scope = await this.access.scope(actor);
    const officers = await this.dataSource.getRepository(User).find({ where: { id: In(ids), role: 'OFFICER' }, select: { id: true, officeId: true } });
    for (const entry of entries) {
      const officer = officers.find((o) => String(o.id) === entry.officerId);
      if (!officer || !reachesOffice(scope, officer.officeId)) throw new NotFoundError('User', entry.officerId);
    }
    return this.transactions.run(async (tx) => {
      const saved: OfficerTarget[] = [];
      for (const [i, entry] of entries.entries()) {
        const officer = officers.find((o) => String(o.id) === entry.officerId) as User;
        const key = { officerId: officer.id, month, metric: entry.metric };
        const before = await tx.manager.findOneBy(OfficerTarget, key);
        if (before) {
          await tx.manager.update(
            OfficerTarget,
            { id: before.id },
            { value: values[i], setById: actor.id, officeId: officer.officeId, version: before.version + 1 },
          );
        } else {
          await tx.manager.insert(OfficerTarget, { ...key, officeId: officer.officeId, value: values[i], setById: actor.id });
        }
        const after = await tx.manager.findOneByOrFail(OfficerTarget, key);
        await tx.audit({
          entityType: 'OfficerTarget',
          entityId: after.id,
          action: before ? 'update' : 'create',
          actorId: actor.id,
          before: before && { value: before.value.toString() },
          after: { officerId: officer.id, month, metric: entry.metric, value: values[i].toString() },
        });
        saved.push(after);
      }
      tx.emit({ kind: 'targets', month, officerIds: officers.map((o) => o.id), actorId: actor.id } satisfies TargetsChangedEvent);
      return saved;
    });
  }

  /** The targets of a month in the viewer's reach (an officer: their own). */
  async list(viewer: User, month: string, officeId: string | null): Promise<OfficerTarget[]> {
    checkMonth(month);
    const scope = await reportScope(this.dataSource, this.access, viewer, officeId, null);
    return reportReader(this.dataSource).find(OfficerTarget, {
      where: scope.officerId === null ? { officeId: In(scope.officeIds), month } : { officerId: scope.officerId, month },
      order: { officerId: 'ASC', metric: 'ASC' },
    });
  }
}
