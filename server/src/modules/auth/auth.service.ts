import type { DataSource } from 'typeorm';
import { User } from '../user/user.entity.js';
import { AppError, UnauthenticatedError } from '../../errors.js';
import { decoyPasswordHash, verifyPassword } from './password.js';
import type { LoginThrottleService } from './login-throttle.service.js';
import type { TokenService } from './token.service.js';
import { RecentUsers } from './recent-users.js';

export interface Session {
  token: string;
  expiresAt: Date;
  user: User;
}

/** Sign-in and the check every request and socket makes on its token. */
export class AuthService {
  private readonly recentUsers = new RecentUsers((id) => this.userById(id));

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottleService,
  ) {}

  /** The same answer whether the email is unknown, the password wrong or the account inactive. */
  async login(email: string, password: string, ip: string | null): Promise<Session> {
    await this.throttle.check(email, ip);
    const user = await this.dataSource.getRepository(User).findOneBy({ email: email.trim().toLowerCase() });
    // Verify against a decoy when the email is unknown, so the answer and its timing say nothing.
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !valid || !user.active) {
      await this.throttle.recordFailure(email, ip);
      throw new AppError('UNAUTHENTICATED', 'Email or password is wrong');
    }
    await this.throttle.clear(email, ip);
    return this.sessionFor(user);
  }

  /** A new token for the user as they are now (after a password change, the old ones no longer work). */
  async sessionFor(user: User): Promise<Session> {
    const { token, expiresAt } = await this.tokens.issue(user.id, user.credentialVersion);
    return { token, expiresAt, user };
  }

  /**
   * The active user a token belongs to, or null. Checked on every request so that deactivation and a
   * password change or reset (which moves the credential version on) bite at once: the row comes from
   * RecentUsers, which drops it when the user is written (see `forgetUser`).
   */
  async userForToken(token: string | null | undefined): Promise<User | null> {
    return (await this.sessionForToken(token))?.user ?? null;
  }

  /**
   * The user and the token's expiry (sockets are cut when it passes). `fresh` reads the row now rather
   * than take one read within the last second: a socket's handshake, rare beside requests, so that it is
   * refused as UNAVAILABLE while the database is away rather than joined to boards it cannot load.
   */
  async sessionForToken(token: string | null | undefined, options: { fresh?: boolean } = {}): Promise<{ user: User; expiresAt: Date } | null> {
    const claims = await this.tokens.verify(token);
    if (!claims) return null;
    const user = await this.recentUsers.get(claims.userId, options.fresh ?? false);
    return user && user.active && user.credentialVersion === claims.credentialVersion ? { user, expiresAt: claims.expiresAt } : null;
  }

  /**
   * The user row by id in one hand-written statement, hydrated as TypeORM hydrates it (the driver's
   * conversions, column by column): every request reads it, and the repository's query builder and
   * result transformers cost more than the read itself.
   */
  private async userById(id: number): Promise<User | null> {
    const metadata = this.dataSource.getMetadata(User);
    const { driver } = this.dataSource;
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT * FROM ${driver.escape(metadata.tableName)} WHERE ${driver.escape('id')} = ?`,
      [id],
    );
    if (rows.length === 0) return null;
    const user = new User();
    for (const column of metadata.columns) column.setEntityValue(user, driver.prepareHydratedValue(rows[0][column.databaseName], column));
    return user;
  }

  /** The user's row changed (committed): the next request reads it again. */
  forgetUser(userId: number): void {
    this.recentUsers.forget(userId);
  }

  async requireUser(token: string | null | undefined): Promise<User> {
    const user = await this.userForToken(token);
    if (!user) throw new UnauthenticatedError('Your session has ended; sign in again');
    return user;
  }
}
