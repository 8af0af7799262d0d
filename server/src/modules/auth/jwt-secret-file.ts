import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Config, ResolvedConfig } from '../../config.js';

export const JWT_SECRET_FILE = 'jwt-secret';
/** Shorter than this, a kept secret is refused rather than trusted (a truncated or hand-edited file). */
const MIN_SECRET_LENGTH = 32;

/**
 * The signing secret kept in `<dataDir>/jwt-secret` (owner-only, mode 0600): read when it is there,
 * otherwise made once. Instances starting together on one folder agree: the file appears whole
 * (written aside, then linked into place) and the first link wins.
 */
export function keptJwtSecret(dataDir: string): string {
  const file = join(resolve(dataDir), JWT_SECRET_FILE);
  const existing = readSecret(file);
  if (existing !== null) return existing;
  mkdirSync(dirname(file), { recursive: true });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(draft, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(draft, 0o600);
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  const secret = readSecret(file);
  if (secret === null) throw new Error(`${file} could not be read after it was written`);
  return secret;
}

function readSecret(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const secret = text.trim();
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`${file} holds no usable signing secret (fewer than ${MIN_SECRET_LENGTH} characters); delete it to make a new one, or set JWT_SECRET`);
  }
  return secret;
}

/** The config with its signing secret: JWT_SECRET when set, else the kept one (never in production). */
export function withSigningSecret(config: Config): ResolvedConfig {
  if (config.jwtSecret) return { ...config, jwtSecret: config.jwtSecret };
  if (config.production) throw new Error('JWT_SECRET must be set when NODE_ENV=production');
  return { ...config, jwtSecret: keptJwtSecret(config.dataDir) };
}
