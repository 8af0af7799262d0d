import { TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit page lists entries newest first by who acted, by record type, or by day. */
export class AuditPage1763947000000 implements MigrationInterface {
  name = 'AuditPage1763947000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createIndex('audit_entry', new TableIndex({ name: 'IDX_audit_entry_actor', columnNames: ['actorId', 'id'] }));
    await qr.createIndex('audit_entry', new TableIndex({ name: 'IDX_audit_entry_type', columnNames: ['entityType', 'id'] }));
    await qr.createIndex('audit_entry', new TableIndex({ name: 'IDX_audit_entry_at', columnNames: ['at'] }));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('audit_entry', 'IDX_audit_entry_at');
    await qr.dropIndex('audit_entry', 'IDX_audit_entry_type');
    await qr.dropIndex('audit_entry', 'IDX_audit_entry_actor');
  }
}
