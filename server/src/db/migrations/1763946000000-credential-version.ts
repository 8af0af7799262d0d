import { TableColumn } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A user's credential version: tokens carry it, and a password change or reset moves it on. */
export class CredentialVersion1763946000000 implements MigrationInterface {
  name = 'CredentialVersion1763946000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('user', new TableColumn({ name: 'credentialVersion', type: 'integer', default: 0 }));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('user', 'credentialVersion');
  }
}
