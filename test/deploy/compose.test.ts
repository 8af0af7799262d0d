import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../../server/src/config.js';
import { PRODUCTION_NODE_FLAGS } from '../../server/src/runtime-flags.js';

const root = new URL('../../', import.meta.url);
const compose = parse(readFileSync(new URL('docker-compose.yml', root), 'utf8')) as {
  services: Record<string, { image?: string; build?: string; environment?: Record<string, string>; ports?: string[]; depends_on?: Record<string, unknown> }>;
};

/** Compose interpolation as a user with JWT_SECRET and ADMIN_PASSWORD set would get it. */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, op: string | undefined, arg: string) => {
    if (env[name]) return env[name];
    if (op === '?') throw new Error(`${name} must be set: ${arg}`);
    return op === '-' ? arg : '';
  });
}

describe('docker-compose.yml', () => {
  const app = compose.services.app;

  it('runs MySQL 8, Redis 7 and the app built from the Dockerfile', () => {
    expect(compose.services.mysql.image).toMatch(/^mysql:8/);
    expect(compose.services.redis.image).toMatch(/^redis:7/);
    expect(app.build).toBe('.');
    expect(Object.keys(app.depends_on ?? {})).toEqual(expect.arrayContaining(['mysql', 'redis']));
    const command = ['node', ...PRODUCTION_NODE_FLAGS, 'server/dist/main.js'];
    expect(readFileSync(new URL('Dockerfile', root), 'utf8')).toContain(`CMD ${JSON.stringify(command).replace(/,/g, ', ')}`);
  });

  it('starts the server with the same Node flags as npm start (and the benchmark)', () => {
    const scripts = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).scripts as Record<string, string>;
    expect(scripts.start).toContain(['node', ...PRODUCTION_NODE_FLAGS, 'server/dist/main.js'].join(' '));
  });

  it('sets only variables the server reads, and they make a valid configuration', () => {
    const environment = app.environment ?? {};
    for (const name of Object.keys(environment)) expect(CONFIG_VARIABLES).toContain(name);
    const env = Object.fromEntries(
      Object.entries(environment).map(([k, v]) => [k, interpolate(String(v), { JWT_SECRET: 'x'.repeat(64), ADMIN_PASSWORD: 'secret-admin' })]),
    );
    const config = loadConfig(env);
    expect(config.production).toBe(true);
    expect(config.demoData).toBe('never');
    expect(config.databaseUrl).toBe(`mysql://prospek:prospek@mysql:3306/${compose.services.mysql.environment?.MYSQL_DATABASE}`);
    expect(config.databaseUrl).toContain(`${compose.services.mysql.environment?.MYSQL_USER}:${compose.services.mysql.environment?.MYSQL_PASSWORD}@`);
    expect(config.redisUrl).toBe('redis://redis:6379');
    expect(app.ports).toContain(`${config.port}:${config.port}`);
    expect(config.adminPassword).toBe('secret-admin');
  });

  it('refuses to start without the secrets it needs', () => {
    expect(() => interpolate(String(app.environment?.JWT_SECRET), {})).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });
});

describe('README', () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');

  it('documents every environment variable and the two commands', () => {
    for (const name of CONFIG_VARIABLES) expect(readme).toContain(`\`${name}\``);
    expect(readme).toContain('npm install');
    expect(readme).toContain('npm start');
    expect(readme).toContain('npm test');
  });
});
