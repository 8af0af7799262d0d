import type { EntityManager } from 'typeorm';
import { addMonths, businessDate, parseMoney } from '@prospek/shared';
import { OfficerTarget } from '../modules/report/officer-target.entity.js';
import type { TargetMetric } from '../modules/report/officer-target.entity.js';
import { User } from '../modules/user/user.entity.js';

/** Monthly targets per officer (money in rupiah), so that the dashboard shows achievement on first start. */
const DEMO_TARGETS: Record<TargetMetric, string> = {
  DISBURSEMENT: '1500000000',
  OUTSTANDING: '10000000000',
  NOA: '3',
  NEW_LEADS: '40',
  VISITS: '12',
};

export async function seedDemoTargets(manager: EntityManager): Promise<void> {
  const officers = await manager.find(User, { where: { role: 'OFFICER' } });
  const setter = await manager.findOneByOrFail(User, { role: 'MANAGER' });
  const thisMonth = businessDate().slice(0, 7);
  const months = [addMonths(`${thisMonth}-01`, -1).slice(0, 7), thisMonth];
  const rows = officers.flatMap((officer) =>
    months.flatMap((month) =>
      (Object.entries(DEMO_TARGETS) as Array<[TargetMetric, string]>).map(([metric, value]) => ({
        officerId: officer.id,
        officeId: officer.officeId,
        month,
        metric,
        value: metric === 'DISBURSEMENT' || metric === 'OUTSTANDING' ? parseMoney(value) : BigInt(value),
        setById: setter.id,
      })),
    ),
  );
  await manager.insert(OfficerTarget, rows);
}
