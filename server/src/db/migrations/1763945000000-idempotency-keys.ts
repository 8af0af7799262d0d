import { Table, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { idColumn } from './columns.js';

/**
 * Kept answers of mutations sent with an `Idempotency-Key`, so that a retried create runs once.
 * The key compares byte by byte on MySQL: `abc` and `ABC` are two keys.
 */
export class IdempotencyKeys1763945000000 implements MigrationInterface {
  name = 'IdempotencyKeys1763945000000';

  async up(qr: QueryRunner): Promise<void> {
    const mysql = qr.connection.options.type === 'mysql' || qr.connection.options.type === 'mariadb';
    await qr.createTable(
      new Table({
        name: 'idempotency_key',
        columns: [
          idColumn(),
          { name: 'userId', type: 'integer' },
          { name: 'operation', type: 'varchar', length: '100' },
          { name: 'key', type: 'varchar', length: '255', ...(mysql ? { charset: 'utf8mb4', collation: 'utf8mb4_bin' } : {}) },
          { name: 'requestHash', type: 'varchar', length: '64' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'response', type: 'text', isNullable: true },
          { name: 'createdAt', type: 'datetime' },
        ],
        indices: [
          new TableIndex({ name: 'UQ_idempotency_key_scope', columnNames: ['userId', 'operation', 'key'], isUnique: true }),
          new TableIndex({ name: 'IDX_idempotency_key_createdAt', columnNames: ['createdAt'] }),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('idempotency_key');
  }
}
