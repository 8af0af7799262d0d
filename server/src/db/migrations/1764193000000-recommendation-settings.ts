import { Table } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { updatedAtColumn } from './columns.js';

/** The thresholds of the recommendation rules managers set; a rule without a row keeps its default. */
export class RecommendationSettings1764193000000 implements MigrationInterface {
  name = 'RecommendationSettings1764193000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'recommendation_setting',
        columns: [{ name: 'setting', type: 'varchar', length: '32', isPrimary: true }, { name: 'microValue', type: 'integer' }, updatedAtColumn(qr)],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('recommendation_setting');
  }
}
