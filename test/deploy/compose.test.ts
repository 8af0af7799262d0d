import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../../server/src/config.js';
import { PRODUCTION_NODE_FLAGS } from '../../server/src/runtime-flags.js';
import { findBinary } from '../helpers/own-redis.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

interface Service {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  expose?: string[];
  volumes?: string[];
  depends_on?: Record<string, unknown> | string[];
}

const compose = parse(read('docker-compose.yml')) as { services: Record<string, Service> };
const nginxConf = read('deploy/nginx.conf');

/** Compose interpolation as a user with JWT_SECRET and ADMIN_PASSWORD set would get it. */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, op: string | undefined, arg: string) => {
    if (env[name]) return env[name];
    if (op === '?') throw new Error(`${name} must be set: ${arg}`);
    return op === '-' ? arg : '';
  });
}

const USER_ENV = { JWT_SECRET: 'x'.repeat(64), ADMIN_PASSWORD: 'secret-admin' };

function environmentOf(service: Service, env: Record<string, string> = USER_ENV): Record<string, string> {
  return Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, interpolate(String(v), env)]));
}

/** The file a service mounts at `target` (a path in the repository), if it mounts one. */
function mounted(service: Service, target: RegExp): string | undefined {
  const volume = (service.volumes ?? []).find((v) => target.test(v.split(':')[1] ?? ''));
  return volume?.split(':')[0].replace(/^\.\//, '');
}

const appNames = Object.keys(compose.services).filter((name) => compose.services[name].build === '.');
const apps = appNames.map((name) => compose.services[name]);

describe('docker-compose.yml', () => {
  const mysql = compose.services.mysql;
  const replica = compose.services['mysql-replica'];

  it('runs two app instances built from the Dockerfile, MySQL 8 with a replica, Redis 7 and nginx', () => {
    expect(appNames).toEqual(['app1', 'app2']);
    expect(apps[1]).toEqual(apps[0]);
    expect(mysql.image).toMatch(/^mysql:8/);
    expect(replica.image).toBe(mysql.image);
    expect(compose.services.redis.image).toMatch(/^redis:7/);
    expect(compose.services.nginx.image).toMatch(/^nginx:/);
    for (const app of apps) expect(Object.keys(app.depends_on ?? {})).toEqual(expect.arrayContaining(['mysql', 'mysql-replica', 'redis']));
    const command = ['node', ...PRODUCTION_NODE_FLAGS, 'server/dist/main.js'];
    expect(read('Dockerfile')).toContain(`CMD ${JSON.stringify(command).replace(/,/g, ', ')}`);
  });

  it('starts the server with the same Node flags as npm start (and the benchmark)', () => {
    const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
    expect(scripts.start).toContain(['node', ...PRODUCTION_NODE_FLAGS, 'server/dist/main.js'].join(' '));
  });

  it('sets only variables the server reads, and they make a valid configuration on each instance', () => {
    for (const app of apps) {
      for (const name of Object.keys(app.environment ?? {})) expect(CONFIG_VARIABLES).toContain(name);
      const config = loadConfig(environmentOf(app));
      expect(config.production).toBe(true);
      expect(config.demoData).toBe('never');
      expect(config.databaseUrl).toBe(`mysql://prospek:prospek@mysql:3306/${mysql.environment?.MYSQL_DATABASE}`);
      expect(config.databaseUrl).toContain(`${mysql.environment?.MYSQL_USER}:${mysql.environment?.MYSQL_PASSWORD}@`);
      expect(config.redisUrl).toBe('redis://redis:6379');
      expect(config.adminPassword).toBe('secret-admin');
      // Behind nginx, one proxy hop tells the client's address (login throttling counts it).
      expect(config.trustProxy).toBe('1');
      // Only nginx is published; the instances are reached through it.
      expect(app.ports).toBeUndefined();
      expect(app.expose).toContain(String(config.port));
    }
  });

  it('sends report reads to the replica as the read-only user the primary creates', () => {
    const primaryEnv = environmentOf(mysql);
    const [replicaUrl, ...others] = loadConfig(environmentOf(apps[0])).databaseReplicaUrls;
    expect(others).toEqual([]);
    const url = new URL(replicaUrl);
    expect(url.hostname).toBe('mysql-replica');
    expect(url.pathname).toBe(`/${primaryEnv.MYSQL_DATABASE}`);
    expect(url.username).toBe(primaryEnv.READER_USER);
    expect(url.password).toBe(primaryEnv.READER_PASSWORD);
    // One READER_PASSWORD sets both ends.
    const changed = { ...USER_ENV, READER_PASSWORD: 'changed' };
    expect(new URL(loadConfig(environmentOf(apps[0], changed)).databaseReplicaUrls[0]).password).toBe(environmentOf(mysql, changed).READER_PASSWORD);
    const init = read(mounted(mysql, /^\/docker-entrypoint-initdb\.d\//) ?? 'missing');
    expect(init).toMatch(/GRANT SELECT ON \\`\$\{MYSQL_DATABASE\}\\`\.\* TO '\$\{READER_USER\}'/);
    expect(init).toMatch(/GRANT REPLICATION SLAVE ON \*\.\* TO 'repl'/);
  });

  it('replicates the primary by GTID into a read-only replica that holds nothing of its own', () => {
    const option = (service: Service, name: string) => service.command?.find((c) => c.startsWith(`--${name}=`))?.split('=')[1];
    expect(option(mysql, 'server-id')).not.toBe(option(replica, 'server-id'));
    expect(option(mysql, 'log-bin')).toBeTruthy();
    for (const service of [mysql, replica]) {
      expect(option(service, 'gtid-mode')).toBe('ON');
      expect(option(service, 'enforce-gtid-consistency')).toBe('ON');
      expect(option(service, 'character-set-server')).toBe('utf8mb4');
    }
    expect(option(replica, 'read-only')).toBe('ON');
    // Its own database or users would collide with the primary's when they arrive.
    expect(replica.environment?.MYSQL_DATABASE).toBeUndefined();
    expect(replica.environment?.MYSQL_USER).toBeUndefined();
    const replicaEnv = environmentOf(replica);
    expect(compose.services[replicaEnv.SOURCE_HOST]).toBe(mysql);
    expect(replicaEnv.REPLICATION_PASSWORD).toBe(environmentOf(mysql).REPLICATION_PASSWORD);
    const init = read(mounted(replica, /^\/docker-entrypoint-initdb\.d\//) ?? 'missing');
    expect(init).toContain('SOURCE_AUTO_POSITION = 1');
    expect(init).toContain("SOURCE_HOST = '${SOURCE_HOST}'");
    expect(init).toContain("SOURCE_PASSWORD = '${REPLICATION_PASSWORD}'");
    expect(init).toContain('START REPLICA');
    expect(Object.keys(replica.depends_on ?? {})).toContain('mysql');
  });

  it('keeps Redis keys from eviction (background jobs)', () => {
    expect(compose.services.redis.command).toEqual(expect.arrayContaining(['--maxmemory-policy', 'noeviction']));
  });

  it('refuses to start without the secrets it needs', () => {
    expect(() => interpolate(String(apps[0].environment?.JWT_SECRET), {})).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });
});

describe('nginx in front of the instances', () => {
  const nginx = compose.services.nginx;
  const port = loadConfig(environmentOf(apps[0])).port;

  it('is the one published port and uses deploy/nginx.conf', () => {
    expect(nginx.ports).toEqual([`${port}:80`]);
    expect(mounted(nginx, /^\/etc\/nginx\/nginx\.conf$/)).toBe('deploy/nginx.conf');
    expect(nginxConf).toMatch(/listen 80;/);
    expect(nginx.depends_on).toEqual(expect.arrayContaining(appNames));
  });

  it('balances over every instance, with sticky sessions while the client may fall back to polling', () => {
    const upstream = /upstream prospek \{([^}]*)\}/.exec(nginxConf)?.[1] ?? '';
    const servers = [...upstream.matchAll(/^\s*server (\S+)/gm)].map((m) => m[1]);
    expect(servers).toEqual(appNames.map((name) => `${name}:${port}`));
    const transports = /transports: \[([^\]]*)\]/.exec(read('client/src/realtime/socket.ts'))?.[1] ?? '';
    if (transports.includes('polling')) expect(upstream).toMatch(/^\s*ip_hash;/m);
    expect(nginxConf).toMatch(/proxy_pass http:\/\/prospek;/);
  });

  it('passes WebSocket upgrades and the client address', () => {
    expect(nginxConf).toMatch(/proxy_http_version 1\.1;/);
    expect(nginxConf).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
    expect(nginxConf).toMatch(/proxy_set_header Connection \$connection_upgrade;/);
    expect(nginxConf).toMatch(/map \$http_upgrade \$connection_upgrade \{\s*default upgrade;\s*'' +'';\s*\}/);
    expect(nginxConf).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/);
    // Longer than Socket.IO's ping interval + timeout (45 s), so idle sockets stay open.
    expect(Number(/proxy_read_timeout (\d+)s;/.exec(nginxConf)?.[1])).toBeGreaterThan(45);
  });

  const nginxBinary = findBinary(['nginx']);
  const syntaxCheck = nginxBinary ? 'passes nginx -t' : 'nginx -t — skipped: nginx is not installed (apt-get install nginx-light)';
  it.skipIf(!nginxBinary)(syntaxCheck, () => {
    // The instances' names resolve only on the compose network: test the same file against local addresses.
    const dir = mkdtempSync(join(tmpdir(), 'prospek-nginx-'));
    try {
      const local = appNames.reduce((conf, name, i) => conf.replace(`server ${name}:`, `server 127.0.0.${i + 1}:`), nginxConf);
      writeFileSync(join(dir, 'nginx.conf'), local);
      const result = spawnSync(
        nginxBinary as string,
        ['-t', '-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log'), '-g', `pid ${join(dir, 'nginx.pid')};`],
        {
          encoding: 'utf8',
        },
      );
      expect(result.stderr).toContain('syntax is ok');
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('README', () => {
  const readme = read('README.md');

  it('documents every environment variable and the two commands', () => {
    for (const name of CONFIG_VARIABLES) expect(readme).toContain(`\`${name}\``);
    expect(readme).toContain('npm install');
    expect(readme).toContain('npm start');
    expect(readme).toContain('npm test');
  });
});
