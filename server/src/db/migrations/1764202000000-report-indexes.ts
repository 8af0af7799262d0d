import { TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the reports read the stage history through: by the instant of the change (funnel, velocity,
 * learned probabilities cut a period), and by lead with the stage it entered, so that looking a lead's
 * history up needs no table row. The second replaces the lead-and-instant index it extends (created
 * first: MySQL keeps an index on leadId for the foreign key). Won and lost leads are read by the
 * instant they entered their stage (win/loss).
 */
export class ReportIndexes1764202000000 implements MigrationInterface {
  name = 'ReportIndexes1764202000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createIndex('lead_stage_change', new TableIndex({ name: 'IDX_lead_stage_change_at', columnNames: ['changedAt', 'leadId', 'toStage'] }));
    await qr.createIndex('lead_stage_change', new TableIndex({ name: 'IDX_lead_stage_change_history', columnNames: ['leadId', 'changedAt', 'toStage'] }));
    await qr.dropIndex('lead_stage_change', 'IDX_lead_stage_change_lead');
    await qr.createIndex('lead', new TableIndex({ name: 'IDX_lead_stage_entered', columnNames: ['stage', 'stageEnteredAt'] }));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('lead', 'IDX_lead_stage_entered');
    await qr.createIndex('lead_stage_change', new TableIndex({ name: 'IDX_lead_stage_change_lead', columnNames: ['leadId', 'changedAt'] }));
    await qr.dropIndex('lead_stage_change', 'IDX_lead_stage_change_history');
    await qr.dropIndex('lead_stage_change', 'IDX_lead_stage_change_at');
  }
}
