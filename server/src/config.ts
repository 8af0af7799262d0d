/** Every setting the server reads, from the environment, in one place (the README's table). */
import { dirname } from 'node:path';
import { isLogLevel } from './observability/logger.js';
import type { LogLevel } from './observability/logger.js';

export type DemoDataMode = 'auto' | 'always' | 'never';
/** Who may introspect the schema (and read "Did you mean …" suggestions in errors). */
export type IntrospectionSetting = 'all' | 'admins' | 'off';

export interface DatabaseTimeouts {
  /** Opening a connection (the server's handshake). */
  connectTimeoutMs: number;
  /** Waiting for a connection from the pool, opening included. */
  acquireTimeoutMs: number;
  /** One statement, on the server and (a second later) on the client, which then drops the connection. */
  statementTimeoutMs: number;
}

export interface Config {
  port: number;
  host: string;
  /** `mysql://…`, `sqlite:<path>`, or unset for the embedded SQLite file under ./data/. */
  databaseUrl: string;
  /**
   * Read replicas of a MySQL/MariaDB `databaseUrl` (DATABASE_REPLICA_URLS, comma-separated `mysql://`
   * URLs): report queries read from them (db/report-reader.ts); writes and every other read stay on the primary.
   */
  databaseReplicaUrls: string[];
  /** Deadlines on MySQL/MariaDB, in milliseconds (0 turns one off); see db/mysql-timeouts.ts. */
  database: DatabaseTimeouts;
  /** When set, Socket.IO uses the Redis adapter so events reach sockets on every instance. */
  redisUrl: string | null;
  /** Redis channel prefix; instances of one deployment share it. */
  redisPrefix: string;
  /** Background jobs: how many run at once per instance, and how long a worker's claim holds without renewal. */
  jobs: { concurrency: number; lockMs: number };
  /**
   * Signs tokens. Null (JWT_SECRET unset, outside production): the server keeps one in `dataDir`,
   * made on the first start, so a restart does not end every session (see auth/jwt-secret-file.ts).
   */
  jwtSecret: string | null;
  /** The folder of the embedded SQLite file, or ./data/ on MySQL: where a generated signing secret is kept. */
  dataDir: string;
  tokenTtlSeconds: number;
  /** `auto`: load demo data into an empty database unless NODE_ENV=production. */
  demoData: DemoDataMode;
  production: boolean;
  /** `all` outside production; `admins` (signed-in admins only) in production; `off` for no one. */
  introspection: IntrospectionSetting;
  /** First admin created on an empty database (production). */
  adminEmail: string | null;
  adminPassword: string | null;
  /** Directory of the built client; unset serves none. */
  clientDist: string | null;
  corsOrigin: string | null;
  /** Express `trust proxy`: which proxies may tell the client address (login throttling counts it). */
  trustProxy: string | null;
  logSql: boolean;
  /** `jit` compiles each distinct operation with graphql-jit; `graphql-js` runs every one on graphql-js. */
  executor: 'jit' | 'graphql-js';
  /** Debt-service ratio above which a simulation or an offer warns (percent of monthly income). */
  dsrLimitPercent: number;
  /** Days an offer holds after it is made, unless it names its own date. */
  offerValidDays: number;
  /** Complaint deadlines in working days (POJK 22/2023: 10, extendable once by 10), the warning ahead, and the reopening window in days. */
  complaints: { workingDays: number; extensionDays: number; warningDays: number; reopenDays: number };
  /** PPN on fee services: rate and the tax-base fraction of the price. */
  vat: { ratePercent: number; baseNumerator: number; baseDenominator: number };
  /** The institution's name on documents given to clients. */
  organizationName: string;
  /** The app's public address, for links printed on brochures (QR codes); the request's host when unset. */
  publicUrl: string | null;
  /** pino's level for the JSON log on stdout (`silent` for none). */
  logLevel: LogLevel;
  /** Bearer token a Prometheus scraper sends to GET /metrics; unset, /metrics answers 404. */
  metricsToken: string | null;
  /** On SIGTERM/SIGINT, how long requests under way may take before their connections are cut. */
  shutdownTimeoutMs: number;
  /** Bank-statement matching: how far (whole rupiah) and how many days a line may be from an open item to be proposed for it. */
  reconcile: { toleranceRupiah: number; windowDays: number };
  /** Invoice numbers: `{office}` (office code), `{year}`, `{seq}` or `{seq:6}` (zero-padded). */
  invoiceNumberFormat: string;
  /** `smtp://user:pass@host:587` (or smtps://) for invoices sent by email; unset, emails wait in the outbox. */
  smtpUrl: string | null;
  /** The From address of mail the server sends. */
  mailFrom: string;
  /** Reminders for overdue receivables: on these days after the due date, with this message template. */
  dunning: { days: number[]; template: string };
  /** Work reports generated and mailed to each officer and their managers at each period's end: none, weekly, monthly or both. */
  workReportSchedule: Array<'WEEK' | 'MONTH'>;
}

export const DEFAULT_SQLITE_URL = 'sqlite:./data/prospek.sqlite';

/** The config a running server uses: the signing secret is known. */
export type ResolvedConfig = Config & { jwtSecret: string };

/** Beside the SQLite file a `sqlite:` URL names; ./data/ for MySQL and an in-memory SQLite. */
export function dataDirFor(databaseUrl: string): string {
  const file = databaseUrl.startsWith('sqlite:') ? databaseUrl.slice('sqlite:'.length) : '';
  return file && file !== ':memory:' ? dirname(file) : './data';
}

/**
 * TRUST_PROXY as Express reads it: a number of proxy hops (`1`), `true`, or addresses and subnets
 * (`loopback, 10.0.0.0/8`). Express takes a string as addresses only, so `1` would trust no proxy.
 */
export function trustProxySetting(value: string): number | boolean | string {
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  if (value.trim() === 'true') return true;
  return value;
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
}

function vatSettings(rate: string | undefined, base: string | undefined): Config['vat'] {
  const ratePercent = rate === undefined || rate === '' ? 12 : Number(rate);
  if (!Number.isFinite(ratePercent) || ratePercent < 0 || ratePercent > 100) throw new Error('PPN_RATE_PERCENT must be a percent');
  const match = /^(\d+)\/(\d+)$/.exec(base || '11/12');
  if (!match || Number(match[2]) === 0) throw new Error('PPN_BASE_FRACTION must look like 11/12');
  return { ratePercent, baseNumerator: Number(match[1]), baseDenominator: Number(match[2]) };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const production = env.NODE_ENV === 'production';
  const demoData = (env.DEMO_DATA ?? 'auto') as DemoDataMode;
  if (!['auto', 'always', 'never'].includes(demoData)) throw new Error(`DEMO_DATA must be auto, always or never`);
  const introspection = (env.INTROSPECTION || ((overrides.production ?? production) ? 'admins' : 'all')) as IntrospectionSetting;
  if (!['all', 'admins', 'off'].includes(introspection)) throw new Error('INTROSPECTION must be all, admins or off');
  if (production && !env.JWT_SECRET && !overrides.jwtSecret) {
    throw new Error('JWT_SECRET must be set when NODE_ENV=production');
  }
  const databaseUrl = env.DATABASE_URL || DEFAULT_SQLITE_URL;
  return {
    port: int('PORT', env.PORT, 4000),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    databaseReplicaUrls: replicaUrlsSetting(env.DATABASE_REPLICA_URLS, overrides.databaseUrl ?? databaseUrl),
    database: {
      connectTimeoutMs: int('DB_CONNECT_TIMEOUT_MS', env.DB_CONNECT_TIMEOUT_MS, 2000),
      acquireTimeoutMs: int('DB_ACQUIRE_TIMEOUT_MS', env.DB_ACQUIRE_TIMEOUT_MS, 5000),
      statementTimeoutMs: int('DB_STATEMENT_TIMEOUT_MS', env.DB_STATEMENT_TIMEOUT_MS, 5000),
    },
    redisUrl: env.REDIS_URL || null,
    redisPrefix: env.REDIS_PREFIX || 'prospek',
    jobs: {
      concurrency: Math.max(1, int('JOB_CONCURRENCY', env.JOB_CONCURRENCY, 2)),
      lockMs: Math.max(1000, int('JOB_LOCK_MS', env.JOB_LOCK_MS, 30_000)),
    },
    jwtSecret: env.JWT_SECRET || null,
    dataDir: dataDirFor(overrides.databaseUrl ?? databaseUrl),
    tokenTtlSeconds: int('TOKEN_TTL_SECONDS', env.TOKEN_TTL_SECONDS, 12 * 3600),
    demoData,
    production,
    introspection,
    adminEmail: env.ADMIN_EMAIL || null,
    adminPassword: env.ADMIN_PASSWORD || null,
    clientDist: env.CLIENT_DIST ?? null,
    corsOrigin: env.CORS_ORIGIN || null,
    trustProxy: env.TRUST_PROXY || null,
    logSql: env.LOG_SQL === '1',
    executor: executorSetting(env.GRAPHQL_EXECUTOR),
    dsrLimitPercent: int('DSR_LIMIT_PERCENT', env.DSR_LIMIT_PERCENT, 30),
    offerValidDays: int('OFFER_VALID_DAYS', env.OFFER_VALID_DAYS, 14),
    complaints: {
      workingDays: int('COMPLAINT_SLA_WORKING_DAYS', env.COMPLAINT_SLA_WORKING_DAYS, 10),
      extensionDays: int('COMPLAINT_SLA_EXTENSION_DAYS', env.COMPLAINT_SLA_EXTENSION_DAYS, 10),
      warningDays: int('COMPLAINT_SLA_WARNING_DAYS', env.COMPLAINT_SLA_WARNING_DAYS, 2),
      reopenDays: int('COMPLAINT_REOPEN_DAYS', env.COMPLAINT_REOPEN_DAYS, 30),
    },
    vat: vatSettings(env.PPN_RATE_PERCENT, env.PPN_BASE_FRACTION),
    organizationName: env.ORGANIZATION_NAME || 'Prospek',
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/$/, '') : null,
    logLevel: logLevelSetting(env.LOG_LEVEL),
    metricsToken: env.METRICS_TOKEN || null,
    shutdownTimeoutMs: int('SHUTDOWN_TIMEOUT_MS', env.SHUTDOWN_TIMEOUT_MS, 10_000),
    invoiceNumberFormat: invoiceNumberFormatSetting(env.INVOICE_NUMBER_FORMAT),
    reconcile: {
      toleranceRupiah: int('RECONCILE_TOLERANCE_RUPIAH', env.RECONCILE_TOLERANCE_RUPIAH, 1000),
      windowDays: int('RECONCILE_DATE_WINDOW_DAYS', env.RECONCILE_DATE_WINDOW_DAYS, 7),
    },
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || 'Prospek <no-reply@prospek.local>',
    dunning: { days: dunningDaysSetting(env.DUNNING_DAYS), template: dunningTemplateSetting(env.DUNNING_TEMPLATE) },
    workReportSchedule: workReportScheduleSetting(env.WORK_REPORT_SCHEDULE),
    ...overrides,
  };
}

/** A URL's text with its password hidden, for an error message. */
function withoutPassword(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]*):[^@]*@/i, '$1:***@');
}

/** DATABASE_REPLICA_URLS: each a `mysql://` (or `mariadb://`) URL with a host, and only beside a MySQL primary. */
export function replicaUrlsSetting(value: string | undefined, databaseUrl: string): string[] {
  const urls = (value ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url !== '');
  if (urls.length === 0) return [];
  for (const url of urls) {
    let parsed: URL | null;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    if (!parsed || !['mysql:', 'mariadb:'].includes(parsed.protocol) || !parsed.hostname) {
      throw new Error(`DATABASE_REPLICA_URLS must be mysql:// URLs separated by commas, got "${withoutPassword(url)}"`);
    }
  }
  if (!/^(mysql|mariadb):\/\//.test(databaseUrl)) throw new Error('DATABASE_REPLICA_URLS needs DATABASE_URL to name a MySQL or MariaDB primary (mysql://)');
  return urls;
}

function logLevelSetting(value: string | undefined): LogLevel {
  if (!value) return 'info';
  if (isLogLevel(value)) return value;
  throw new Error(`LOG_LEVEL must be fatal, error, warn, info, debug, trace or silent, got "${value}"`);
}

function invoiceNumberFormatSetting(value: string | undefined): string {
  const format = value || 'INV/{office}/{year}/{seq:6}';
  if (!/\{seq(?::\d{1,2})?\}/.test(format) || format.length > 60)
    throw new Error('INVOICE_NUMBER_FORMAT must hold {seq} (or {seq:6}) and be at most 60 characters');
  return format;
}

/** DUNNING_DAYS: days after the due date, e.g. `3,14,30`; each 1–365, in rising order once sorted. */
export function dunningDaysSetting(value: string | undefined): number[] {
  const parts = (value ?? '3,14,30').split(',').map((part) => part.trim());
  const days = parts.map(Number);
  if (parts.some((part) => !/^\d{1,3}$/.test(part)) || days.some((d) => d < 1 || d > 365) || new Set(days).size !== days.length)
    throw new Error(`DUNNING_DAYS must be different whole days from 1 to 365 separated by commas, got "${value}"`);
  return days.sort((a, b) => a - b);
}

function dunningTemplateSetting(value: string | undefined): string {
  const code = (value || 'DUNNING').trim().toUpperCase();
  if (!/^[A-Z0-9_]{2,40}$/.test(code)) throw new Error(`DUNNING_TEMPLATE must be a message template code, got "${value}"`);
  return code;
}

/** WORK_REPORT_SCHEDULE: `off`, or the kinds sent on schedule, e.g. `MONTH` or `WEEK,MONTH`. */
export function workReportScheduleSetting(value: string | undefined): Config['workReportSchedule'] {
  const text = (value || 'MONTH').trim().toUpperCase();
  if (text === 'OFF') return [];
  const kinds = text.split(',').map((part) => part.trim());
  if (kinds.some((kind) => kind !== 'WEEK' && kind !== 'MONTH') || new Set(kinds).size !== kinds.length)
    throw new Error(`WORK_REPORT_SCHEDULE must be off, WEEK, MONTH or WEEK,MONTH, got "${value}"`);
  return (['WEEK', 'MONTH'] as const).filter((kind) => kinds.includes(kind));
}

function executorSetting(value: string | undefined): Config['executor'] {
  if (!value || value === 'jit') return 'jit';
  if (value === 'graphql-js') return 'graphql-js';
  throw new Error(`GRAPHQL_EXECUTOR must be jit or graphql-js, got "${value}"`);
}

/** The environment variables `loadConfig` reads; the compose file and README are checked against it. */
export const CONFIG_VARIABLES = [
  'PORT',
  'GRAPHQL_EXECUTOR',
  'HOST',
  'DATABASE_URL',
  'DATABASE_REPLICA_URLS',
  'DB_CONNECT_TIMEOUT_MS',
  'DB_ACQUIRE_TIMEOUT_MS',
  'DB_STATEMENT_TIMEOUT_MS',
  'REDIS_URL',
  'REDIS_PREFIX',
  'JOB_CONCURRENCY',
  'JOB_LOCK_MS',
  'JWT_SECRET',
  'TOKEN_TTL_SECONDS',
  'DEMO_DATA',
  'NODE_ENV',
  'INTROSPECTION',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'CLIENT_DIST',
  'CORS_ORIGIN',
  'TRUST_PROXY',
  'LOG_SQL',
  'DSR_LIMIT_PERCENT',
  'OFFER_VALID_DAYS',
  'COMPLAINT_SLA_WORKING_DAYS',
  'COMPLAINT_SLA_EXTENSION_DAYS',
  'COMPLAINT_SLA_WARNING_DAYS',
  'COMPLAINT_REOPEN_DAYS',
  'PPN_RATE_PERCENT',
  'PPN_BASE_FRACTION',
  'ORGANIZATION_NAME',
  'PUBLIC_URL',
  'LOG_LEVEL',
  'METRICS_TOKEN',
  'SHUTDOWN_TIMEOUT_MS',
  'INVOICE_NUMBER_FORMAT',
  'RECONCILE_TOLERANCE_RUPIAH',
  'RECONCILE_DATE_WINDOW_DAYS',
  'SMTP_URL',
  'MAIL_FROM',
  'DUNNING_DAYS',
  'DUNNING_TEMPLATE',
  'WORK_REPORT_SCHEDULE',
] as const;
