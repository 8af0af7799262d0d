/**
 * Says in one line which suites cannot run on this machine, and fails when CI requires them
 * (REQUIRE_MYSQL, REQUIRE_REDIS, REQUIRE_BROWSER).
 */
import { browserAvailable } from './browser.js';
import { mysqlAvailable, redisAvailable } from './services.js';

export default async function setup(): Promise<void> {
  const checks: Array<[string, string, boolean]> = [
    ['MySQL', 'REQUIRE_MYSQL', await mysqlAvailable()],
    ['Redis', 'REQUIRE_REDIS', await redisAvailable()],
    ['Chromium', 'REQUIRE_BROWSER', browserAvailable()],
  ];
  for (const [name, variable, available] of checks) {
    if (available) continue;
    if (process.env[variable] === '1') throw new Error(`${name} is required (${variable}=1) but not reachable`);
    console.warn(`${name} is not reachable: its suites are skipped on this machine.`);
  }
}
