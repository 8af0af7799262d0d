/** Bulk leads for the benchmark, inserted with multi-row INSERTs (the demo seed is too slow for 10,000). */
import type { DataSource } from 'typeorm';
import { LEAD_STAGES, positionsAfter } from '@prospek/shared';

export async function addLeads(dataSource: DataSource, count: number): Promise<void> {
  const q = (n: string) => dataSource.driver.escape(n);
  const owners: Array<{ id: number; officeId: number }> = await dataSource.query(
    `SELECT ${q('id')}, ${q('officeId')} FROM ${q('user')} WHERE ${q('role')} = 'OFFICER'`,
  );
  const perStage = Math.ceil(count / LEAD_STAGES.length);
  let made = 0;
  for (const stage of LEAD_STAGES) {
    const [{ last }] = await dataSource.query(`SELECT MAX(${q('position')}) AS last FROM ${q('lead')} WHERE ${q('stage')} = ?`, [stage]);
    const n = Math.min(perStage, count - made);
    const positions = positionsAfter(last ?? null, n);
    for (let start = 0; start < n; start += 1000) {
      const rows = positions.slice(start, start + 1000).map((position, i) => {
        const owner = owners[(start + i) % owners.length];
        return [
          `Prospek Uji ${made + start + i}`,
          `UD Uji ${(start + i) % 97}`,
          `+62812${String(10_000_000 + made + start + i).slice(-8)}`,
          'REFERRAL',
          'MICRO',
          String(BigInt(5_000_000 + ((start + i) % 200) * 1_000_000) * 100n),
          'IDR',
          stage,
          position,
          owner.id,
          owner.officeId,
          new Date(),
          owner.id,
        ];
      });
      await dataSource.query(
        `INSERT INTO ${q('lead')} (${['fullName', 'companyName', 'phone', 'source', 'segment', 'estimatedAmount', 'currency', 'stage', 'position', 'ownerId', 'officeId', 'stageEnteredAt', 'createdById'].map(q).join(', ')}, ${q('version')}) VALUES ` +
          rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)').join(', '),
        rows.flat(),
      );
    }
    made += n;
  }
}
