import { TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Column totals are counted within the viewer's reach (office, owner), so the index that answers them
 * carries those columns too: the totals of a scoped board then read the index alone, as an unscoped
 * one did.
 */
export class LeadReachTotals1763910000000 implements MigrationInterface {
  name = 'LeadReachTotals1763910000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('lead', 'IDX_lead_stage_totals');
    await qr.createIndex(
      'lead',
      new TableIndex({ name: 'IDX_lead_reach_totals', columnNames: ['archivedAt', 'stage', 'officeId', 'ownerId', 'estimatedAmount'] }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('lead', 'IDX_lead_reach_totals');
    await qr.createIndex('lead', new TableIndex({ name: 'IDX_lead_stage_totals', columnNames: ['archivedAt', 'stage', 'estimatedAmount'] }));
  }
}
