import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type IdempotencyKeyStatus = 'PENDING' | 'RAN' | 'DONE';

/**
 * One `Idempotency-Key` as a user used it for one mutation field. A PENDING row is the claim of the
 * request running now; RAN, of one whose writes committed with the claim and whose answer is being
 * kept; DONE holds the answer it gave, replayed to retries. The unique index lets one of several
 * simultaneous requests claim the key.
 */
@Entity('idempotency_key')
@Index('UQ_idempotency_key_scope', ['userId', 'operation', 'key'], { unique: true })
@Index('IDX_idempotency_key_createdAt', ['createdAt'])
export class IdempotencyKey {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  userId: number;

  /** The mutation field the key was used for (`createLead`). */
  @Column({ type: 'varchar', length: 100 })
  operation: string;

  /** As the client sent it; binary collation on MySQL (set by the migration), so case counts. */
  @Column({ type: 'varchar', length: 255 })
  key: string;

  /** SHA-256 (hex) of the canonical request: the document and its variables. */
  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ type: 'varchar', length: 16 })
  status: IdempotencyKeyStatus;

  /** The JSON the client got (`{"data":…}`); null while PENDING, or when it was too large to keep. */
  @Column({ type: 'text', nullable: true })
  response: string | null;

  /** From the server's clock (the key lives 24 hours from here). */
  @Column({ type: 'datetime' })
  createdAt: Date;
}
