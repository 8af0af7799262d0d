import { TableColumn, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { keepStageHistory } from '../stage-history.js';

/**
 * Each stage change keeps how long the lead stayed in the stage it left and when the lead next got
 * further along the pipeline (db/stage-history.ts), filled in for the history already there; the
 * period index covers them, so the funnel and velocity reports read only their period's rows. Leads
 * get an index by creation instant for the per-officer counts of new leads.
 */
export class StageHistoryKeeps1764209000000 implements MigrationInterface {
  name = 'StageHistoryKeeps1764209000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumns('lead_stage_change', [
      new TableColumn({ name: 'stayMs', type: 'bigint', isNullable: true }),
      new TableColumn({ name: 'advancedAtMs', type: 'bigint', isNullable: true }),
    ]);
    await qr.createIndex(
      'lead_stage_change',
      new TableIndex({ name: 'IDX_lead_stage_change_period', columnNames: ['changedAt', 'leadId', 'toStage', 'fromStage', 'stayMs', 'advancedAtMs'] }),
    );
    await qr.dropIndex('lead_stage_change', 'IDX_lead_stage_change_at');
    // New leads per officer in a period (officer performance, work reports) read by creation instant.
    await qr.createIndex('lead', new TableIndex({ name: 'IDX_lead_created', columnNames: ['createdAt', 'ownerId'] }));
    const q = (name: string) => qr.connection.driver.escape(name);
    for (let after = 0; ;) {
      const leads: Array<{ id: number }> = await qr.query(`SELECT ${q('id')} AS id FROM ${q('lead')} WHERE ${q('id')} > ? ORDER BY ${q('id')} LIMIT 2000`, [
        after,
      ]);
      if (leads.length === 0) break;
      await keepStageHistory(
        qr.manager,
        leads.map((l) => Number(l.id)),
      );
      after = Number(leads[leads.length - 1].id);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('lead', 'IDX_lead_created');
    await qr.createIndex('lead_stage_change', new TableIndex({ name: 'IDX_lead_stage_change_at', columnNames: ['changedAt', 'leadId', 'toStage'] }));
    await qr.dropIndex('lead_stage_change', 'IDX_lead_stage_change_period');
    await qr.dropColumn('lead_stage_change', 'advancedAtMs');
    await qr.dropColumn('lead_stage_change', 'stayMs');
  }
}
