import type { User } from '../user/user.entity.js';

/** How long a user's row read for one request answers the next ones (ms). */
export const RECENT_USER_MAX_AGE_MS = 1000;
const MAX_USERS = 10_000;

/**
 * Each user's row as read lately, for at most a second: every request checks its viewer's row, and a
 * board polled by several tabs would read the same row many times a second. A write to a user drops
 * the row here once it commits (the realtime hub calls `forget` on the user's event and tells the
 * other instances), so a deactivation or a password change bites at the next request; the age bounds
 * what an instance that missed the message may serve. A read is kept from its start, so requests
 * arriving meanwhile share it, and `forget` during the read drops it too.
 */
export class RecentUsers {
  private readonly rows = new Map<number, { readAt: number; user: Promise<User | null> }>();

  constructor(
    private readonly read: (id: number) => Promise<User | null>,
    private readonly maxAgeMs = RECENT_USER_MAX_AGE_MS,
  ) {}

  /** The row read within the last second, or read now; `fresh` reads it now whatever is kept. */
  get(id: number, fresh = false): Promise<User | null> {
    const now = Date.now();
    const recent = this.rows.get(id);
    if (!fresh && recent && now - recent.readAt <= this.maxAgeMs) return recent.user;
    const user = this.read(id);
    // Re-inserted, so that the oldest reads come first when the map is trimmed.
    this.rows.delete(id);
    this.rows.set(id, { readAt: now, user });
    if (this.rows.size > MAX_USERS) this.rows.delete(this.rows.keys().next().value as number);
    user.catch(() => {
      if (this.rows.get(id)?.user === user) this.rows.delete(id);
    });
    return user;
  }

  forget(id: number): void {
    this.rows.delete(id);
  }
}
