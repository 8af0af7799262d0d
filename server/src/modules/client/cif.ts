import type { EntityManager } from 'typeorm';
import type { Dialect } from '../../db/sql.js';
import { Office } from '../office/office.entity.js';
import { CifSequence } from './client.entity.js';

/**
 * The next CIF number of an office, "<office code>-000042". The counter row (made with the office)
 * is incremented in place, which locks it for the rest of the transaction: concurrent conversions
 * never share a number.
 */
export async function nextCif(manager: EntityManager, dialect: Dialect, officeId: number): Promise<string> {
  const q = dialect.id;
  const office = await manager.findOneByOrFail(Office, { id: officeId });
  await manager.query(`UPDATE ${q('cif_sequence')} SET ${q('lastNumber')} = ${q('lastNumber')} + 1 WHERE ${q('officeId')} = ?`, [officeId]);
  let row = await manager.findOneBy(CifSequence, { officeId });
  if (!row) {
    await manager.insert(CifSequence, { officeId, lastNumber: 1 });
    row = { officeId, lastNumber: 1 };
  }
  return `${office.code}-${String(row.lastNumber).padStart(6, '0')}`;
}

/** Every office starts its CIF counter when it is created. */
export async function startCifCounter(manager: EntityManager, officeId: number): Promise<void> {
  await manager.insert(CifSequence, { officeId, lastNumber: 0 });
}
