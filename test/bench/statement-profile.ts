/**
 * Groups the SQL statements a server runs by their shape (placeholder lists and CASE arms folded) while
 * on, each with its count and the time until the next statement: the statement and the Node work after it.
 */
export interface StatementProfile {
  /** Pass as the test server's `onQuery`. */
  onQuery(sql: string): void;
  on(): void;
  off(): void;
  byLabel: Map<string, { n: number; ms: number }>;
}

export function statementProfile(): StatementProfile {
  let counting = false;
  let last = 0;
  let lastLabel = '';
  const byLabel = new Map<string, { n: number; ms: number }>();
  const profile: StatementProfile = {
    byLabel,
    on: () => void (counting = true),
    /** Stops counting, charging the last statement with the time until now. */
    off() {
      profile.onQuery('');
      counting = false;
      lastLabel = '';
    },
    onQuery(sql) {
      if (!counting) return;
      const now = performance.now();
      if (lastLabel) {
        const e = byLabel.get(lastLabel) ?? { n: 0, ms: 0 };
        e.n++;
        e.ms += now - last;
        byLabel.set(lastLabel, e);
      }
      last = now;
      lastLabel = sql
        .replace(/\s+/g, ' ')
        .replace(/\?(, \?)+/g, '?…')
        .replace(/WHEN \? THEN \? (WHEN \? THEN \? )+/g, 'WHEN…')
        .slice(0, 110);
    },
  };
  return profile;
}
