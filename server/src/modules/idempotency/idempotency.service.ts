/**
 * Claims, keeps and replays the answers of mutations sent with an `Idempotency-Key`.
 *
 * A request first inserts a PENDING claim; the unique (user, operation, key) index lets exactly one of
 * several simultaneous requests in. The winner runs the mutation and then either keeps its answer
 * (DONE) or, when it failed, deletes the claim so that a corrected retry runs afresh. The others wait
 * for the winner's answer and replay it.
 */
import { createHash } from 'node:crypto';
import { LessThan } from 'typeorm';
import type { DataSource } from 'typeorm';
import { isMysql } from '../../db/data-source.js';
import type { TransactionRunner, Tx } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import { IdempotencyKey } from './idempotency-key.entity.js';

/** How long a key is remembered: at least this long after its first use. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;
/** A claim this old belongs to a request that never finished (its server stopped); it may be taken over. */
export const IDEMPOTENCY_CLAIM_LEASE_MS = 10 * 60 * 1000;
/** TEXT holds 64 KB on MySQL; a larger answer is not kept (its retries are told so, never re-run). */
const MAX_RESPONSE_BYTES = 60_000;

export interface IdempotencyScope {
  userId: number;
  operation: string;
  key: string;
}

export type IdempotencyStart = { kind: 'claimed'; claimId: number } | { kind: 'replay'; response: string };

/** A keyed request whose service claims the key in its own transaction; `claimed` once that transaction committed. */
export interface KeyedRequest {
  scope: IdempotencyScope;
  hash: string;
  claimed: boolean;
  /** The request's variables as sent, to render its answer again inside the transaction. */
  variables?: Record<string, unknown>;
  /** The answer kept in the transaction of the writes, with the claim; the plugin sends it as it was kept. */
  kept?: string;
}

/** SHA-256 of the request, with object keys sorted so that the same variables hash the same. */
export function requestHash(document: string, operationName: string | null, variables: unknown): string {
  return createHash('sha256')
    .update(canonicalJson({ document, operationName, variables: variables ?? {} }))
    .digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class IdempotencyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly clock: () => Date,
  ) {}

  /** How long a retry waits for the first request of its key to finish before answering CONFLICT. */
  waitMs = 10_000;

  /**
   * Claims the key for this request, or answers the kept result of the first one. Throws CONFLICT
   * when the key was used for another request, or when its first request is still running after
   * the wait.
   */
  async start(scope: IdempotencyScope, hash: string): Promise<IdempotencyStart> {
    return this.settle(scope, hash, async () => {
      const claimId = await this.tryClaim(scope, hash);
      return claimId === null ? null : { kind: 'claimed', claimId };
    });
  }

  /**
   * Runs `work` once for the key, in one transaction with the claim and the kept answer: a failure
   * rolls back all three (nothing is kept, so a corrected retry runs), and a request with the same key
   * meanwhile waits on the claim's row and then replays the answer. For callers that own the whole
   * request (a service posting on a caller's behalf); the GraphQL plugin claims before resolving.
   */
  async once<T>(
    scope: IdempotencyScope,
    hash: string,
    work: (tx: Tx) => Promise<T>,
    answer: (result: T) => string,
  ): Promise<{ kind: 'ran'; result: T } | { kind: 'replay'; response: string }> {
    return this.settle(scope, hash, () =>
      this.transactions.run(async (tx) => {
        const claimed = await tx.manager
          .createQueryBuilder()
          .insert()
          .into(IdempotencyKey)
          .values({ ...scope, requestHash: hash, status: 'PENDING', response: null, createdAt: this.clock() })
          .orIgnore()
          .updateEntity(false)
          .execute();
        if (!(await this.inserted(tx, claimed.raw))) return null;
        const result = await work(tx);
        const response = answer(result);
        await tx.manager.update(
          IdempotencyKey,
          { userId: scope.userId, operation: scope.operation, key: scope.key },
          { status: 'DONE', response: Buffer.byteLength(response, 'utf8') <= MAX_RESPONSE_BYTES ? response : null },
        );
        return { kind: 'ran' as const, result };
      }),
    );
  }

  /**
   * Before a request whose service claims the key in its own transaction: the kept answer of the key's
   * first request (waiting while that one is still being answered), CONFLICT for another request, or null
   * when the key is free and the request runs.
   */
  async heldAnswer(scope: IdempotencyScope, hash: string): Promise<{ kind: 'replay'; response: string } | null> {
    const free = { kind: 'free' as const };
    const keys = this.dataSource.getRepository(IdempotencyKey);
    const outcome = await this.settle(scope, hash, async () => ((await keys.existsBy({ ...scope })) ? null : free));
    return outcome.kind === 'replay' ? outcome : null;
  }

  /**
   * Claims the key inside `tx`, the transaction of the request's writes: true when this request holds it
   * now. A request with the same key running at once waits on the claim's row (MySQL) or its turn
   * (SQLite) and gets false once the first commits; it writes nothing and answers with the kept answer.
   * The claim is RAN: it commits only with the writes, so it is never released, nor taken over by lease.
   */
  async claimIn(tx: Tx, keyed: KeyedRequest): Promise<boolean> {
    const claimed = await tx.manager
      .createQueryBuilder()
      .insert()
      .into(IdempotencyKey)
      .values({ ...keyed.scope, requestHash: keyed.hash, status: 'RAN', response: null, createdAt: this.clock() })
      .orIgnore()
      .updateEntity(false)
      .execute();
    return this.inserted(tx, claimed.raw);
  }

  /** Keeps the answer in `tx`, the transaction that claimed the key (`claimIn`) and wrote: all three commit together. */
  async keepIn(tx: Tx, scope: IdempotencyScope, response: string): Promise<void> {
    const kept = Buffer.byteLength(response, 'utf8') <= MAX_RESPONSE_BYTES ? response : null;
    await tx.manager.update(
      IdempotencyKey,
      { userId: scope.userId, operation: scope.operation, key: scope.key, status: 'RAN' },
      { status: 'DONE', response: kept },
    );
  }

  /** Keeps the answer of a request that claimed its key in its own transaction, after it (one statement). */
  async keep(scope: IdempotencyScope, response: string): Promise<void> {
    const kept = Buffer.byteLength(response, 'utf8') <= MAX_RESPONSE_BYTES ? response : null;
    await this.transactions.run((tx) =>
      tx.manager.update(
        IdempotencyKey,
        { userId: scope.userId, operation: scope.operation, key: scope.key, status: 'RAN' },
        { status: 'DONE', response: kept },
      ),
    );
  }

  /** `attempt` until it claims the key; otherwise the held key's kept answer, or CONFLICT. */
  private async settle<R>(scope: IdempotencyScope, hash: string, attempt: () => Promise<R | null>): Promise<R | { kind: 'replay'; response: string }> {
    const waitUntil = Date.now() + this.waitMs;
    let pause = 20;
    for (;;) {
      const claimed = await attempt();
      if (claimed !== null) return claimed;
      const held = await this.dataSource.getRepository(IdempotencyKey).findOneBy({ userId: scope.userId, operation: scope.operation, key: scope.key });
      if (!held) continue; // released between our insert and our read: claim again
      const age = this.clock().getTime() - held.createdAt.getTime();
      if (age >= IDEMPOTENCY_KEY_TTL_MS || (held.status === 'PENDING' && age >= IDEMPOTENCY_CLAIM_LEASE_MS)) {
        // A PENDING claim past its lease wrote nothing; a RAN one committed its writes and is never taken over.
        await this.transactions.run((tx) => tx.manager.delete(IdempotencyKey, { id: held.id }));
        continue;
      }
      if (held.requestHash !== hash) {
        throw new AppError('CONFLICT', 'This Idempotency-Key was already used for a different request; use a new key for a new request');
      }
      if (held.status === 'DONE') {
        if (held.response === null) throw new AppError('CONFLICT', 'This request already succeeded; its answer was too large to keep');
        return { kind: 'replay', response: held.response };
      }
      if (held.status === 'RAN' && age >= IDEMPOTENCY_CLAIM_LEASE_MS) {
        throw new AppError('CONFLICT', 'This request already succeeded; its answer was not kept');
      }
      if (Date.now() >= waitUntil) throw new IdempotencyInProgressError();
      await sleep(pause);
      pause = Math.min(pause * 2, 250);
    }
  }

  /** Whether the INSERT … IGNORE just run in `tx` wrote its row: MySQL's result header says so; SQLite is asked. */
  private async inserted(tx: Tx, raw: unknown): Promise<boolean> {
    if (isMysql(this.dataSource)) return Number((raw as { affectedRows?: number } | null)?.affectedRows ?? 0) === 1;
    const [{ inserted }] = await tx.manager.query('SELECT changes() AS inserted');
    return Number(inserted) === 1;
  }

  /** Keeps the answer of the claim's successful request. */
  async complete(claimId: number, response: string): Promise<void> {
    const kept = Buffer.byteLength(response, 'utf8') <= MAX_RESPONSE_BYTES ? response : null;
    await this.transactions.run((tx) => tx.manager.update(IdempotencyKey, { id: claimId, status: 'PENDING' }, { status: 'DONE', response: kept }));
  }

  /** Forgets the claim of a request that failed: nothing was written, so a retry must run. */
  async release(claimId: number): Promise<void> {
    await this.transactions.run((tx) => tx.manager.delete(IdempotencyKey, { id: claimId, status: 'PENDING' }));
  }

  /** Deletes keys past their lifetime (the scheduler runs this hourly; `start` also expires lazily). */
  async purgeExpired(now: Date = this.clock()): Promise<number> {
    const result = await this.transactions.run((tx) =>
      tx.manager.delete(IdempotencyKey, { createdAt: LessThan(new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS)) }),
    );
    return result.affected ?? 0;
  }

  /** The new claim's id, or null when the key is already held. */
  private async tryClaim(scope: IdempotencyScope, hash: string): Promise<number | null> {
    // Its own short transaction: on SQLite's single connection it takes its turn rather than landing
    // inside (and rolling back with) another request's transaction. INSERT IGNORE, then the count of
    // inserted rows: a held key is the expected case, not an error to log.
    return this.transactions.run(async (tx) => {
      await tx.manager
        .createQueryBuilder()
        .insert()
        .into(IdempotencyKey)
        .values({ ...scope, requestHash: hash, status: 'PENDING', response: null, createdAt: this.clock() })
        .orIgnore()
        .updateEntity(false)
        .execute();
      const [{ inserted }] = await tx.manager.query(isMysql(this.dataSource) ? 'SELECT ROW_COUNT() AS inserted' : 'SELECT changes() AS inserted');
      if (Number(inserted) !== 1) return null;
      const claim = await tx.manager.findOneByOrFail(IdempotencyKey, { userId: scope.userId, operation: scope.operation, key: scope.key });
      return claim.id;
    });
  }
}

/** Thrown in a transaction that found its key claimed by a request committed meanwhile: it rolls back, and the kept answer is sent. */
export class IdempotencyHeldError extends AppError {
  constructor() {
    super('CONFLICT', 'A request with this Idempotency-Key ran at the same time');
  }
}

/** The key's first request is still running: the same request may be sent again shortly. */
export class IdempotencyInProgressError extends AppError {
  constructor() {
    super('CONFLICT', 'A request with this Idempotency-Key is still running; send it again in a moment');
  }
}
