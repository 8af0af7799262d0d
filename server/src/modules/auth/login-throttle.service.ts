import type { DataSource } from 'typeorm';
import { LessThan, MoreThanOrEqual } from 'typeorm';
import { AppError } from '../../errors.js';
import { LoginFailure } from './login-failure.entity.js';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

/**
 * Refuses sign-in after five failed attempts for an account, and separately for an address, within
 * fifteen minutes. Failures live in the database, so every server instance counts the same ones.
 */
export class LoginThrottleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private keys(email: string, ip: string | null): string[] {
    return [`email:${email.trim().toLowerCase()}`.slice(0, 200), ...(ip ? [`ip:${ip}`.slice(0, 200)] : [])];
  }

  /** Throws RATE_LIMITED while the account or the address is locked. */
  async check(email: string, ip: string | null, now = this.clock()): Promise<void> {
    const since = new Date(now.getTime() - LOCK_MINUTES * 60_000);
    const repo = this.dataSource.getRepository(LoginFailure);
    for (const key of this.keys(email, ip)) {
      const recent = await repo.find({ where: { key, failedAt: MoreThanOrEqual(since) }, order: { failedAt: 'DESC' }, take: MAX_FAILURES });
      if (recent.length >= MAX_FAILURES) {
        const unlockAt = recent[MAX_FAILURES - 1].failedAt.getTime() + LOCK_MINUTES * 60_000;
        const retryAfterSeconds = Math.max(1, Math.ceil((unlockAt - now.getTime()) / 1000));
        throw new AppError('RATE_LIMITED', `Too many failed sign-ins; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`, {
          retryAfterSeconds,
        });
      }
    }
  }

  async recordFailure(email: string, ip: string | null, now = this.clock()): Promise<void> {
    const repo = this.dataSource.getRepository(LoginFailure);
    await repo.insert(this.keys(email, ip).map((key) => ({ key, failedAt: now })));
    // Old failures no longer count; clear them now and then.
    if (Math.random() < 0.05) await repo.delete({ failedAt: LessThan(new Date(now.getTime() - 24 * 3600_000)) });
  }

  /** A successful sign-in clears the account's failures (not the address's). */
  async clear(email: string): Promise<void> {
    await this.dataSource.getRepository(LoginFailure).delete({ key: this.keys(email, null)[0] });
  }
}
