import { Table, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createdAtColumn, idColumn, updatedAtColumn } from './columns.js';

/**
 * Background jobs as admins see them (state, progress, attempts, last error) and the chunks of each job
 * recorded done, written in the chunk's own transaction so a retried job neither repeats nor skips one.
 */
export class BackgroundJobs1764110000000 implements MigrationInterface {
  name = 'BackgroundJobs1764110000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'background_job',
        columns: [
          { name: 'id', type: 'varchar', length: '100', isPrimary: true },
          { name: 'name', type: 'varchar', length: '60' },
          { name: 'dataJson', type: 'text' },
          { name: 'state', type: 'varchar', length: '12' },
          { name: 'progress', type: 'integer', default: 0 },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'maxAttempts', type: 'integer' },
          { name: 'error', type: 'varchar', length: '1000', isNullable: true },
          { name: 'runAfter', type: 'datetime' },
          { name: 'lockedBy', type: 'varchar', length: '80', isNullable: true },
          { name: 'lockedUntil', type: 'datetime', isNullable: true },
          createdAtColumn(qr),
          updatedAtColumn(qr),
          { name: 'finishedAt', type: 'datetime', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'IDX_background_job_state', columnNames: ['state', 'runAfter'] })],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'job_chunk',
        columns: [
          idColumn(),
          { name: 'jobId', type: 'varchar', length: '100' },
          { name: 'chunk', type: 'varchar', length: '100' },
          { name: 'items', type: 'integer', default: 0 },
          createdAtColumn(qr),
        ],
        indices: [new TableIndex({ name: 'UQ_job_chunk', columnNames: ['jobId', 'chunk'], isUnique: true })],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('job_chunk');
    await qr.dropTable('background_job');
  }
}
