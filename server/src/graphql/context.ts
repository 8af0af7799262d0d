import type { EntityManager } from 'typeorm';
import type { PersonalDataReads } from '../modules/audit/personal-data-reads.js';
import type { KeyedRequest } from '../modules/idempotency/idempotency.service.js';
import type { User } from '../modules/user/user.entity.js';
import type { Loaders } from './loaders.js';

/** What every resolver knows: who is acting, their loaders, and the mutation id for echo suppression. */
export interface Context {
  viewer: User | null;
  loaders: Loaders;
  mutationId: string | null;
  /** The caller's address (behind a proxy, as TRUST_PROXY allows Express to read it). */
  ip: string | null;
  /** The clients' personal data this answer holds, recorded as reads once it is sent. */
  personalDataReads: PersonalDataReads;
  /** The server's clock (tests set it). */
  now: () => Date;
  /**
   * The `Idempotency-Key` of a mutation that claims it in its own transaction (`@Idempotent({ inTransaction: true })`);
   * null otherwise. The resolver's service claims it beside its writes; the plugin keeps the answer.
   */
  idempotency?: KeyedRequest | null;
  /**
   * Set while the answer of such a mutation is rendered inside its transaction (`answerInTransaction`):
   * the mutation's result, which its field answers again, and the transaction's manager every read goes through.
   */
  inTransaction?: { result: unknown; manager: EntityManager } | null;
}

/** A context whose viewer is known (resolvers behind `@Authorized`). */
export interface AuthedContext extends Context {
  viewer: User;
}
