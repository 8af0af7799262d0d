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
    const mysql = qr.connection.options.type === 'mysql' || qr.connection.options.type === 'mariadb';
    if (mysql) {
      // MySQL let the actor index stand in for the foreign key's own; give the key its index back first.
      const foreignKey = (await qr.getTable('audit_entry'))?.foreignKeys.find((fk) => fk.columnNames.join() === 'actorId');
      if (foreignKey?.name) await qr.query(`CREATE INDEX \`${foreignKey.name}\` ON \`audit_entry\` (\`actorId\`)`);
    }
    await qr.dropIndex('audit_entry', 'IDX_audit_entry_actor');
  }
}
