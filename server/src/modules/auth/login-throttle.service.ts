import type { DataSource } from 'typeorm';
import { LessThan, MoreThanOrEqual } from 'typeorm';
import { AppError } from '../../errors.js';
import { LoginFailure } from './login-failure.entity.js';

/** Which limit refused a sign-in: the account's own, or the address's ceiling across accounts. */
export type ThrottleLimit = 'ACCOUNT' | 'ADDRESS';

interface ThrottleRule {
  /** The `login_failure.key` prefix the rule counts. */
  prefix: 'email' | 'ip-email' | 'ip';
  limit: ThrottleLimit;
  maxFailures: number;
  windowMinutes: number;
}

/**
 * The limits, each over its own window. A lock lasts until the oldest counted failure leaves the window.
 * - An account, from any address: 5 in 15 minutes (someone guessing one password, however spread out).
 * - An account from one address: 10 in an hour (someone guessing slowly, waiting out each lock).
 * - An address, across accounts: 100 in 15 minutes (credential stuffing), high enough that a branch behind
 *   one NAT address is not locked by one colleague's typing.
 */
export const THROTTLE_RULES: readonly ThrottleRule[] = [
  { prefix: 'email', limit: 'ACCOUNT', maxFailures: 5, windowMinutes: 15 },
  { prefix: 'ip-email', limit: 'ACCOUNT', maxFailures: 10, windowMinutes: 60 },
  { prefix: 'ip', limit: 'ADDRESS', maxFailures: 100, windowMinutes: 15 },
];

/** Failures older than this no longer count for any rule; they are cleared now and then. */
const KEEP_HOURS = 24;

/**
 * Refuses sign-in while an account, or an account from one address, has failed too often, and while an
 * address has failed very often across accounts. Failures live in the database, so every server
 * instance counts the same ones and a restart keeps them. A sign-in of an account that is not locked
 * succeeds whatever its colleagues behind the same address typed.
 */
export class LoginThrottleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The keys each rule counts for this attempt (no address: the address rules do not apply). */
  private keys(email: string, ip: string | null): Array<{ rule: ThrottleRule; key: string }> {
    const account = email.trim().toLowerCase();
    const keyFor = (rule: ThrottleRule): string | null => {
      if (rule.prefix === 'email') return `email:${account}`;
      if (!ip) return null;
      // The address first, so that cutting a very long email to the column's length keeps it.
      return rule.prefix === 'ip' ? `ip:${ip}` : `ip-email:${ip}|${account}`;
    };
    return THROTTLE_RULES.flatMap((rule) => {
      const key = keyFor(rule);
      return key ? [{ rule, key: key.slice(0, 200) }] : [];
    });
  }

  /**
   * Throws RATE_LIMITED while the account or the address is locked, with the seconds until it opens and
   * which limit it is. The answer is the same whether the account exists or not.
   */
  async check(email: string, ip: string | null, now = this.clock()): Promise<void> {
    const repo = this.dataSource.getRepository(LoginFailure);
    let refusal: { limit: ThrottleLimit; unlockAt: number } | null = null;
    for (const { rule, key } of this.keys(email, ip)) {
      const windowMs = rule.windowMinutes * 60_000;
      // The failure that, while still in the window, makes the count reach the limit.
      const [nth] = await repo.find({
        select: { id: true, failedAt: true },
        where: { key, failedAt: MoreThanOrEqual(new Date(now.getTime() - windowMs)) },
        order: { failedAt: 'DESC', id: 'DESC' },
        skip: rule.maxFailures - 1,
        take: 1,
      });
      if (!nth) continue;
      const unlockAt = nth.failedAt.getTime() + windowMs;
      if (!refusal || unlockAt > refusal.unlockAt) refusal = { limit: rule.limit, unlockAt };
    }
    if (!refusal) return;
    const retryAfterSeconds = Math.max(1, Math.ceil((refusal.unlockAt - now.getTime()) / 1000));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    const message =
      refusal.limit === 'ACCOUNT'
        ? `This account is locked after too many failed sign-ins; try again in ${minutes} minutes`
        : `Too many failed sign-ins from this address; try again in ${minutes} minutes`;
    throw new AppError('RATE_LIMITED', message, { retryAfterSeconds, limit: refusal.limit });
  }

  async recordFailure(email: string, ip: string | null, now = this.clock()): Promise<void> {
    const repo = this.dataSource.getRepository(LoginFailure);
    await repo.insert(this.keys(email, ip).map(({ key }) => ({ key, failedAt: now })));
    if (Math.random() < 0.05) await repo.delete({ failedAt: LessThan(new Date(now.getTime() - KEEP_HOURS * 3600_000)) });
  }

  /** A successful sign-in clears the account's failures, and its failures from this address (not the address's). */
  async clear(email: string, ip: string | null): Promise<void> {
    const keys = this.keys(email, ip).filter(({ rule }) => rule.limit === 'ACCOUNT');
    for (const { key } of keys) await this.dataSource.getRepository(LoginFailure).delete({ key });
  }
}
